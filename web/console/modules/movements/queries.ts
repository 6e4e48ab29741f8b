import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { MovementView } from '../../../../common/contracts/field.ts';
import type { Direction, OriginCategory } from '../../../../common/field/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { download } from '../field/download.ts';
import { pageQuery, type PageOf, type PageState } from '../field/paging.ts';

export interface MovementFilters {
  region?: string;
  direction?: Direction;
  category?: OriginCategory;
  /** Movement day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  inObservation?: boolean;
}

const MOVEMENTS_KEY = ['movements'] as const;

/** The query string of a filter: only what is set (false means "all", as does absent). */
export function movementQuery(filters: MovementFilters): Record<string, string | boolean | undefined> {
  return { ...filters, inObservation: filters.inObservation || undefined };
}

export function useMovementList(filters: MovementFilters, page: PageState) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'list', filters, page],
    queryFn: () => api.get<PageOf<MovementView>>('/api/movements', { ...movementQuery(filters), ...pageQuery(page) }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the Excel export of the same filter (see download()); resolves to the file's name. */
export function useMovementExport() {
  return useMutation({ mutationFn: (filters: MovementFilters) => download('/api/movements/export', movementQuery(filters), 'movements.xlsx') });
}
