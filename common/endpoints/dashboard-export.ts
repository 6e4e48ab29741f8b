import { endpoints } from './kit.ts';

export const dashboardExportEndpoints = endpoints({
});
