import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { WORKER_STATUS_LIST } from '../field/labels.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList } from '../lists/use-list.ts';
import { WorkerStats } from './WorkerStats.tsx';
import { WorkerTable } from './WorkerTable.tsx';

export function WorkersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // Status is "now": re-read every minute while the page is open.
  const list = useList('GET /api/workers', { refetchInterval: 60_000 });
  const { filters, setFilters: apply } = list;
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('workers.title')} hint={t('workers.hint', { region: me.region.name })} />
      <WorkerStats counts={list.data?.counts} loading={list.pending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <FilterBar list={list} testId="workers" fields={[
          { kind: 'region', testId: 'workers-region-filter' },
          { kind: 'select', key: 'status', placeholder: t('workers.status'), options: WORKER_STATUS_LIST.map((s) => ({ value: s, label: t(`workers.statusName.${s}`) })), width: 140, testId: 'workers-status-filter' },
        ]} />
        <WorkerTable list={list} />
      </Card>
    </>
  );
}
