import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { EventDrawer } from './EventDrawer.tsx';
import { EventFiltersBar } from './EventFiltersBar.tsx';
import { EventTable } from './EventTable.tsx';
import { useEventList, type EventFilters } from './queries.ts';

export function EventsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useRememberedState<EventFilters>('events.filters', {});
  const [page, setPage] = useRememberedState<PageState>('events.page', FIRST_PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useEventList(filters, page);
  const apply = (next: EventFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('events.title')} hint={t('events.hint')} />
      <Card>
        <EventFiltersBar value={filters} onChange={apply} />
        <ListError error={list.error} />
        <EventTable
          events={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'events.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          onOpen={(e) => setOpenId(e.id)}
        />
      </Card>
      <EventDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
