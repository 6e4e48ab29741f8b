import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { useWarningList, type WarningFilters } from './queries.ts';
import { WarningDrawer } from './WarningDrawer.tsx';
import { WarningFiltersBar } from './WarningFiltersBar.tsx';
import { WarningStats } from './WarningStats.tsx';
import { WarningTable } from './WarningTable.tsx';
import '../vital-signs/declarations.css';

/** 预警: the warnings of the user's region, overdue first; a row opens it for contact and verification. */
export function WarningsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useRememberedState<WarningFilters>('warnings.filters', {});
  const [page, setPage] = useRememberedState<PageState>('warnings.page', FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useWarningList(filters, page, 60_000);
  const apply = (next: WarningFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('warnings.title')} hint={t('warnings.hint', { region: me.region.name })} />
      <WarningStats counts={list.data?.counts} loading={list.isPending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <WarningFiltersBar value={filters} onChange={apply} />
        <ListError error={list.error} />
        <WarningTable
          warnings={list.data?.items ?? []}
          loading={list.isPending || list.isPlaceholderData}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'warnings.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          onOpen={(w) => setOpenId(w.id)}
        />
      </Card>
      <WarningDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
