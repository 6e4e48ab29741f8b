import { useMutation } from '@tanstack/react-query';
import { apiUrl, type ApiQuery } from '../../../lib/api.ts';
import { download } from '../field/download.ts';

/** The list's filters: region, direction, origin category, a range of the movement day, still in observation. */
export type MovementFilters = Omit<ApiQuery<'GET /api/movements'>, 'offset' | 'limit'>;

/** The query string of a filter: only what is set (false means "all", as does absent). */
export function movementQuery(filters: MovementFilters): MovementFilters {
  return { ...filters, inObservation: filters.inObservation || undefined };
}

/** Downloads the Excel export of the same filter (see download()); resolves to the file's name. */
export function useMovementExport() {
  return useMutation({ mutationFn: (filters: MovementFilters) => download(apiUrl('GET /api/movements/export', { query: movementQuery(filters) }), {}, 'movements.xlsx') });
}
