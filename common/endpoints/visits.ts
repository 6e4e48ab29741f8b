import { endpoints } from './kit.ts';

export const visitEndpoints = endpoints({
});
