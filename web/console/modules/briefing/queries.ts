import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ExportPanel } from '../../../../common/briefing/panels.ts';
import { api, apiUrl, type ApiQuery, type ApiRequest } from '../../../lib/api.ts';
import { download } from '../field/download.ts';

/** A region inside the user's (theirs when absent) and a China day (today when absent). */
export type BriefingFilters = ApiQuery<'GET /api/dashboard/briefing'>;

type PanelExportKey = `GET /api/dashboard/export/${ExportPanel}.xlsx`;

/** The query of a panel's own endpoint: a day, or a period. */
export type PanelExportQuery = ApiQuery<PanelExportKey>;

export function useBriefing(filters: BriefingFilters) {
  return useQuery({
    queryKey: ['dashboard', 'briefing', filters],
    queryFn: () => api('GET /api/dashboard/briefing', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the briefing workbook (audited by the server); resolves to the file's name. */
export function useBriefingDownload() {
  return useMutation({ mutationFn: (filters: BriefingFilters) => download(apiUrl('GET /api/dashboard/briefing.xlsx', { query: filters }), {}, 'briefing.xlsx') });
}

/** Downloads one panel's workbook with the panel's own query; resolves to the file's name. */
export function usePanelDownload(panel: ExportPanel) {
  const key: PanelExportKey = `GET /api/dashboard/export/${panel}.xlsx`;
  return useMutation({ mutationFn: (query: PanelExportQuery) => download(apiUrl(key, { query } as ApiRequest<PanelExportKey>), {}, `${panel}.xlsx`) });
}
