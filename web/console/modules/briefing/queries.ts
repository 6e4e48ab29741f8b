import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ExportPanel } from '../../../../common/briefing/panels.ts';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { api } from '../../../lib/api.ts';
import { download } from '../field/download.ts';

export interface BriefingFilters {
  /** A region inside the user's; theirs when absent. */
  region?: string;
  /** China day, YYYY-MM-DD; today when absent. */
  day?: string;
}

/** The query of a panel's own endpoint: a day, or a period. */
export interface PanelExportQuery {
  region?: string;
  day?: string;
  from?: string;
  to?: string;
}

export function useBriefing(filters: BriefingFilters) {
  return useQuery({
    queryKey: ['dashboard', 'briefing', filters],
    queryFn: () => api.get<Briefing>('/api/dashboard/briefing', { ...filters }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the briefing workbook (audited by the server); resolves to the file's name. */
export function useBriefingDownload() {
  return useMutation({ mutationFn: (filters: BriefingFilters) => download('/api/dashboard/briefing.xlsx', { ...filters }, 'briefing.xlsx') });
}

/** Downloads one panel's workbook with the panel's own query; resolves to the file's name. */
export function usePanelDownload(panel: ExportPanel) {
  return useMutation({ mutationFn: (query: PanelExportQuery) => download(`/api/dashboard/export/${panel}.xlsx`, { ...query }, `${panel}.xlsx`) });
}
