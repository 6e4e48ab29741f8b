import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HouseholdDetail, HouseholdView } from '../../../../common/contracts/field.ts';
import { api, ApiError, isApiError, toApiError } from '../../../lib/api.ts';
import { pageQuery, type PageOf, type PageState } from '../field/paging.ts';

export interface HouseholdFilters {
  region?: string;
  /** Part of the address. */
  q?: string;
}

export const HOUSEHOLDS_KEY = ['households'] as const;
/** The persons lists hold the members an import adds. */
const PERSONS_KEY = ['persons'] as const;

export function useHouseholdList(filters: HouseholdFilters, page: PageState) {
  return useQuery({
    queryKey: [...HOUSEHOLDS_KEY, 'list', filters, page],
    queryFn: () => api.get<PageOf<HouseholdView>>('/api/households', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
  });
}

/** A household with its members (masked) and visits; null id: nothing open. */
export function useHouseholdDetail(id: string | null) {
  return useQuery({
    queryKey: [...HOUSEHOLDS_KEY, 'detail', id],
    queryFn: () => api.get<HouseholdDetail>(`/api/households/${id}`),
    enabled: id !== null,
  });
}

/** What a stored register added. */
export interface RegisterImported {
  households: number;
  persons: number;
}

/** One problem of a refused register: its sheet row (1 = headers), its column header, a code and its Chinese text. */
export interface RegisterRowProblem {
  row: number;
  column: string;
  problem: string;
  message: string;
}

/** The row problems of a refused register (422 INVALID_REGISTER); empty for any other failure. */
export function registerProblems(error: unknown): RegisterRowProblem[] {
  if (!isApiError(error, 'INVALID_REGISTER')) return [];
  const rows = error.extra.rows;
  return Array.isArray(rows) ? (rows as RegisterRowProblem[]) : [];
}

/** A same-origin fetch whose network failure is an ApiError like the rest. */
async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/**
 * Downloads the register template. Fetched rather than opened as a link so a refusal shows
 * as a message instead of a JSON page; resolves to the file's name.
 */
export function useRegisterTemplate() {
  return useMutation({
    mutationFn: async (): Promise<string> => {
      const response = await send('/api/households/import/template');
      const match = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '');
      const name = match?.[1] ?? 'household-register-template.xlsx';
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

/** Uploads a register workbook (all or nothing); a stored one refreshes the households and persons lists. */
export function useRegisterImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<RegisterImported> => {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await send('/api/households/import', { method: 'POST', headers: { accept: 'application/json' }, body });
      return (await response.json()) as RegisterImported;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: HOUSEHOLDS_KEY });
      void queryClient.invalidateQueries({ queryKey: PERSONS_KEY });
    },
  });
}
