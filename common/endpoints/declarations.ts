import { endpoints } from './kit.ts';

export const declarationEndpoints = endpoints({
});
