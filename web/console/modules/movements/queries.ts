import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { MovementView } from '../../../../common/contracts/field.ts';
import type { Direction, OriginCategory } from '../../../../common/field/vocabulary.ts';
import { api, ApiError, toApiError } from '../../../lib/api.ts';
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

function filenameOf(response: Response): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? 'movements.xlsx';
}

/**
 * Downloads the Excel export of the same filter. Fetched rather than opened as a link so a
 * refusal (too many rows, no permission) shows as a message instead of a JSON page.
 */
export function useMovementExport() {
  return useMutation({
    mutationFn: async (filters: MovementFilters): Promise<string> => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(movementQuery(filters))) if (value !== undefined && value !== '') params.set(key, String(value));
      let response: Response;
      try {
        response = await fetch(`/api/movements/export?${params}`, { credentials: 'same-origin' });
      } catch (cause) {
        throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
      }
      if (!response.ok) throw await toApiError(response);
      const name = filenameOf(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
  });
}
