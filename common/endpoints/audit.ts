import { endpoints } from './kit.ts';

export const auditEndpoints = endpoints({
});
