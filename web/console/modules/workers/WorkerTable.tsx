import { Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkerStatusView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { WORKER_STATUS_COLORS, type WorkerStatus } from '../field/labels.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/workers'>;
}

export function WorkerTable({ list }: Props) {
  const { t } = useTranslation();
  const count = (n: number) => (n > 0 ? n : <span className="text-muted">0</span>);
  const duty = (minutes: number) => {
    if (minutes <= 0) return <span className="text-muted">0</span>;
    return minutes < 60 ? t('workers.minutes', { count: minutes }) : t('workers.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  };
  const columns: TableColumnsType<WorkerStatusView> = [
    {
      title: `${t('workers.name')} / ${t('workers.username')}`, dataIndex: 'displayName', width: 190, ellipsis: { showTitle: false },
      render: (name: string, w) => (
        <>
          <Tooltip title={name}><div className="cell-ellipsis">{name}</div></Tooltip>
          <div className="cell-sub mono">{w.username}</div>
        </>
      ),
    },
    { title: t('workers.grid'), dataIndex: ['grid', 'name'], width: 160, ellipsis: { showTitle: false }, render: (name: string, w) => <Tooltip title={`${name} ${w.grid.code}`}>{name}</Tooltip> },
    {
      title: t('workers.status'), dataIndex: 'status', width: 96,
      render: (s: WorkerStatus) => <Tag color={WORKER_STATUS_COLORS[s]} data-testid="worker-status">{t(`workers.statusName.${s}`)}</Tag>,
    },
    { title: t('workers.lastActivity'), dataIndex: 'lastActivityAt', width: 140, render: (at: string | null) => (at ? formatDateTime(at) : <span className="text-muted">{t('workers.noActivity')}</span>) },
    {
      title: t('workers.today'),
      children: [
        { title: t('workers.visits'), dataIndex: ['today', 'visits'], width: 64, align: 'right', render: count },
        { title: t('workers.events'), dataIndex: ['today', 'events'], width: 76, align: 'right', render: count },
        { title: t('workers.movements'), dataIndex: ['today', 'movements'], width: 100, align: 'right', render: count },
        { title: t('workers.duty'), dataIndex: ['today', 'dutyMinutes'], width: 110, align: 'right', render: duty },
      ],
    },
    {
      title: t('workers.openShift'), key: 'shift',
      render: (_, w) => (w.openShift
        ? <><div>{w.openShift.checkpointName}</div><div className="cell-sub">{t('workers.since', { time: formatDateTime(w.openShift.startedAt) })}</div></>
        : <span className="text-muted">{t('workers.noShift')}</span>),
    },
  ];
  return <ListTable list={list} columns={columns} rowKey="userId" bordered testId="workers-table" rows={{ testId: (w) => `worker-row-${w.username}` }} totalKey="workers.total" />;
}
