import { endpoints } from './kit.ts';

export const liveEndpoints = endpoints({
});
