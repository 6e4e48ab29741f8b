import { endpoints } from './kit.ts';

export const eventEndpoints = endpoints({
});
