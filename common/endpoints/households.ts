import { endpoints } from './kit.ts';

export const householdEndpoints = endpoints({
});
