import { endpoints } from './kit.ts';

export const dutyEndpoints = endpoints({
});
