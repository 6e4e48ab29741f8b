import { endpoints } from './kit.ts';

export const movementEndpoints = endpoints({
});
