import { endpoints } from './kit.ts';

export const dashboardEndpoints = endpoints({
});
