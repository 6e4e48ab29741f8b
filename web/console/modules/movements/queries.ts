import { useMutation } from '@tanstack/react-query';
import type { Direction, OriginCategory } from '../../../../common/field/vocabulary.ts';
import { download } from '../field/download.ts';

export interface MovementFilters {
  region?: string;
  direction?: Direction;
  category?: OriginCategory;
  /** Movement day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  inObservation?: boolean;
}

/** The query string of a filter: only what is set (false means "all", as does absent). */
export function movementQuery(filters: MovementFilters): Record<string, string | boolean | undefined> {
  return { ...filters, inObservation: filters.inObservation || undefined };
}

/** Downloads the Excel export of the same filter (see download()); resolves to the file's name. */
export function useMovementExport() {
  return useMutation({ mutationFn: (filters: MovementFilters) => download('/api/movements/export', movementQuery(filters), 'movements.xlsx') });
}
