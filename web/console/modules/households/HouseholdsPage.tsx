import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { HouseholdDrawer } from './HouseholdDrawer.tsx';
import { HouseholdFiltersBar } from './HouseholdFiltersBar.tsx';
import { HouseholdTable } from './HouseholdTable.tsx';
import { RegisterActions } from './RegisterImport.tsx';
import { useHouseholdList, type HouseholdFilters } from './queries.ts';

export function HouseholdsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [filters, setFilters] = useRememberedState<HouseholdFilters>('households.filters', {});
  const [page, setPage] = useRememberedState<PageState>('households.page', FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useHouseholdList(filters, page);

  return (
    <>
      <PageTitle title={t('households.title')} hint={t('households.hint', { region: me.region.name })} extra={can('field.import') && <RegisterActions />} />
      <Card>
        <HouseholdFiltersBar
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <ListError error={list.error} />
        <HouseholdTable
          households={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'households.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          onOpen={(h) => setOpenId(h.id)}
        />
      </Card>
      <HouseholdDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
