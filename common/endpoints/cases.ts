import { endpoints } from './kit.ts';

export const caseEndpoints = endpoints({
});
