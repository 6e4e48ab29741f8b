import { endpoints } from './kit.ts';

export const healthEndpoints = endpoints({
});
