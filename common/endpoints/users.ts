import { endpoints } from './kit.ts';

export const userEndpoints = endpoints({
});
