import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { AddCaseDrawer } from './AddCaseDrawer.tsx';
import { CaseDrawer } from './CaseDrawer.tsx';
import { CaseExportButton } from './CaseExportButton.tsx';
import { CaseFiltersBar } from './CaseFiltersBar.tsx';
import { CaseImportActions } from './CaseImport.tsx';
import { CaseStats } from './CaseStats.tsx';
import { CaseTable } from './CaseTable.tsx';
import { useCaseList, type CaseFilters } from './queries.ts';
import './cases.css';

/** What another page (the overview's figures) passes when it opens this list. */
interface Incoming {
  status?: CaseStatus;
  region?: string;
}

/** 病例登记: the cases of the user's region by status; health staff enter cases, change their status and import registers. */
export function CasesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const [filters, setFilters] = useRememberedState<CaseFilters>('cases.filters', {});
  const [page, setPage] = useRememberedState<PageState>('cases.page', FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useCaseList(filters, page);
  const apply = (next: CaseFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };

  // Arriving with a figure's filter: apply it once (the state is then dropped, so Back does not re-apply it).
  const incoming = location.state as Incoming | null;
  useEffect(() => {
    if (!incoming) return;
    apply({ ...(incoming.region ? { region: incoming.region } : {}), ...(incoming.status ? { status: incoming.status } : {}) });
    void navigate(location.pathname, { replace: true, state: null });
  }, [incoming]);

  const actions = (
    <Space wrap>
      <CaseExportButton filters={filters} />
      {can('cases.manage') && <CaseImportActions />}
      {can('cases.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="case-add">{t('cases.add')}</Button>}
    </Space>
  );
  return (
    <>
      <PageTitle title={t('cases.title')} hint={t('cases.hint', { region: me.region.name })} extra={actions} />
      <CaseStats counts={list.data?.counts} loading={list.isPending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <CaseFiltersBar value={filters} onChange={apply} />
        <ListError error={list.error} />
        <CaseTable
          cases={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'cases.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          onOpen={(c) => setOpenId(c.id)}
        />
      </Card>
      <CaseDrawer id={openId} onClose={() => setOpenId(null)} />
      {adding && (
        <AddCaseDrawer
          onClose={() => setAdding(false)}
          onCreated={(id) => {
            setAdding(false);
            setOpenId(id);
          }}
        />
      )}
    </>
  );
}
