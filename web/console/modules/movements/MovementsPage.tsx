import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan } from '../auth/session.ts';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { ExportButton } from './ExportButton.tsx';
import { MovementFiltersBar } from './MovementFiltersBar.tsx';
import { MovementTable } from './MovementTable.tsx';
import { useMovementList, type MovementFilters } from './queries.ts';

export function MovementsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useRememberedState<MovementFilters>('movements.filters', {});
  const [page, setPage] = useRememberedState<PageState>('movements.page', FIRST_PAGE);
  const list = useMovementList(filters, page);
  const apply = (next: MovementFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('movements.title')} hint={t('movements.hint')} extra={can('field.export') && <ExportButton filters={filters} />} />
      <Card>
        <MovementFiltersBar value={filters} onChange={apply} />
        <ListError error={list.error} />
        <MovementTable
          movements={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'movements.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
        />
      </Card>
    </>
  );
}
