import { endpoints } from './kit.ts';

export const authEndpoints = endpoints({
});
