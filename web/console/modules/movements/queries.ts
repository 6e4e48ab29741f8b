import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, apiUrl, type ApiQuery } from '../../../lib/api.ts';
import { download } from '../field/download.ts';
import { pageQuery, type PageState } from '../field/paging.ts';

/** The list's filters: region, direction, origin category, a range of the movement day, still in observation. */
export type MovementFilters = Omit<ApiQuery<'GET /api/movements'>, 'offset' | 'limit'>;

const MOVEMENTS_KEY = ['movements'] as const;

/** The query string of a filter: only what is set (false means "all", as does absent). */
export function movementQuery(filters: MovementFilters): MovementFilters {
  return { ...filters, inObservation: filters.inObservation || undefined };
}

export function useMovementList(filters: MovementFilters, page: PageState) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'list', filters, page],
    queryFn: () => api('GET /api/movements', { query: { ...movementQuery(filters), ...pageQuery(page) } }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the Excel export of the same filter (see download()); resolves to the file's name. */
export function useMovementExport() {
  return useMutation({ mutationFn: (filters: MovementFilters) => download(apiUrl('GET /api/movements/export', { query: movementQuery(filters) }), {}, 'movements.xlsx') });
}
