import { endpoints } from './kit.ts';

export const regionEndpoints = endpoints({
});
