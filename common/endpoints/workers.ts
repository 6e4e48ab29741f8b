import { endpoints } from './kit.ts';

export const workerEndpoints = endpoints({
});
