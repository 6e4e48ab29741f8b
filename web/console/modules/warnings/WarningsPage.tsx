import { Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { ListError } from '../field/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../field/remembered-state.ts';
import type { WarningStatus } from '../vital-signs/terms.ts';
import { useWarningList, type WarningFilters } from './queries.ts';
import { WarningDrawer } from './WarningDrawer.tsx';
import { WarningFiltersBar } from './WarningFiltersBar.tsx';
import { WarningStats } from './WarningStats.tsx';
import { WarningTable } from './WarningTable.tsx';
import '../vital-signs/declarations.css';

/** What the overview passes when one of its cards opens this list. */
interface Incoming {
  status?: WarningStatus;
  region?: string;
}

/** 预警: the warnings of the user's region, overdue first; a row opens it for contact and verification. */
export function WarningsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [filters, setFilters] = useRememberedState<WarningFilters>('warnings.filters', {});
  const [page, setPage] = useRememberedState<PageState>('warnings.page', FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useWarningList(filters, page, 60_000);
  const apply = (next: WarningFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };

  // Arriving from the overview: narrow to what was clicked, once (the state is then dropped, so Back does not re-apply it).
  const incoming = location.state as Incoming | null;
  useEffect(() => {
    if (!incoming) return;
    apply({ ...(incoming.region ? { region: incoming.region } : {}), ...(incoming.status ? { status: incoming.status } : {}) });
    void navigate(location.pathname, { replace: true, state: null });
  }, [incoming]);

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
