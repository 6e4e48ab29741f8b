import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api.ts';
import { download, send } from './download.ts';

/** A register the console imports: its columns, where its template and import live, what a stored file changes. */
export interface SheetImportConfig<R> {
  /** Prefix of the controls' test ids (the household register keeps `register`). */
  testId: string;
  columns: readonly { key: string; header: string; required: boolean }[];
  templatePath: string;
  importPath: string;
  /** Lists that a stored file adds to. */
  invalidates: readonly QueryKey[];
  texts: {
    template: string;
    import: string;
    title: string;
    intro: string;
    note: (columnKey: string) => string;
    imported: (result: R) => string;
  };
}

/** One problem of a refused register: its sheet row (1 = headers), its column header, a code and its Chinese text. */
export interface SheetRowProblem {
  row: number;
  column: string;
  problem: string;
  message: string;
}

/** The row problems of a refused register (422 INVALID_REGISTER); empty for any other failure. */
export function sheetProblems(error: unknown): SheetRowProblem[] {
  if (!isApiError(error, 'INVALID_REGISTER')) return [];
  const rows = error.extra.rows;
  return Array.isArray(rows) ? (rows as SheetRowProblem[]) : [];
}

export function useSheetTemplate(path: string) {
  return useMutation({ mutationFn: () => download(path, {}, 'template.xlsx') });
}

/** Uploads a register workbook (all or nothing); a stored one refreshes the lists it adds to. */
export function useSheetImport<R>(config: Pick<SheetImportConfig<R>, 'importPath' | 'invalidates'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<R> => {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await send(config.importPath, { method: 'POST', headers: { accept: 'application/json' }, body });
      return (await response.json()) as R;
    },
    onSuccess: () => {
      for (const queryKey of config.invalidates) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
