import { endpoints } from './kit.ts';

export const fieldSummaryEndpoints = endpoints({
});
