import { endpoints } from './kit.ts';

export const warningEndpoints = endpoints({
});
