import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { ListError } from '../field/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { useRememberedState } from '../field/remembered-state.ts';
import { PersonFiltersBar } from './PersonFiltersBar.tsx';
import { PersonTable } from './PersonTable.tsx';
import { usePersonList, type PersonFilters } from './queries.ts';

export function PersonsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useRememberedState<PersonFilters>('persons.filters', {});
  const [page, setPage] = useRememberedState<PageState>('persons.page', FIRST_PAGE);
  const list = usePersonList(filters, page);

  return (
    <>
      <PageTitle title={t('persons.title')} hint={t('persons.hint')} />
      <Card>
        <PersonFiltersBar
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <ListError error={list.error} />
        <PersonTable
          persons={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'persons.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          onOpen={(p) => void navigate(`/persons/${p.id}`)}
        />
      </Card>
    </>
  );
}
