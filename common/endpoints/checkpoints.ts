import { endpoints } from './kit.ts';

export const checkpointEndpoints = endpoints({
});
