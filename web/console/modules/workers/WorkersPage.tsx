import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { WORKER_STATUS_LIST } from '../field/labels.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { useRememberedState } from '../lists/remembered-state.ts';
import { useWorkerStatus, type WorkerFilters } from './queries.ts';
import { WorkerStats } from './WorkerStats.tsx';
import { WorkerTable } from './WorkerTable.tsx';

export function WorkersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useRememberedState<WorkerFilters>('workers.filters', {});
  const [page, setPage] = useRememberedState<PageState>('workers.page', FIRST_PAGE);
  const list = useWorkerStatus(filters, page);
  const apply = (next: WorkerFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('workers.title')} hint={t('workers.hint', { region: me.region.name })} />
      <WorkerStats counts={list.data?.counts} loading={list.isPending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <Space wrap className="filter-bar">
          <RegionFilter value={filters.region} onChange={(region) => apply({ ...filters, region })} data-testid="workers-region-filter" />
          <Select
            allowClear
            placeholder={t('workers.status')}
            value={filters.status}
            onChange={(status) => apply({ ...filters, status })}
            options={WORKER_STATUS_LIST.map((s) => ({ value: s, label: t(`workers.statusName.${s}`) }))}
            style={{ width: 140 }}
            data-testid="workers-status-filter"
          />
          <Button icon={<ReloadOutlined />} onClick={() => apply({})} data-testid="workers-reset">{t('common.reset')}</Button>
        </Space>
        <ListError error={list.error} />
        <WorkerTable
          workers={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'workers.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
        />
      </Card>
    </>
  );
}
