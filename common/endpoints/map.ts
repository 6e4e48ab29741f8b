import { endpoints } from './kit.ts';

export const mapEndpoints = endpoints({
});
