import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonitoringPanel } from '../../../../common/contracts/dashboard.ts';
import { openableRow } from '../lists/table-rows.ts';
import { CountLink } from './CountLink.tsx';
import { useListLinks } from './list-links.ts';
import { RegionName } from './RegionName.tsx';
import type { Drill } from './use-view.ts';

type Row = MonitoringPanel['children'][number];

interface Props {
  rows: Row[];
  /** The day the "today" figures are for. */
  day: string;
  drill: Drill;
}

/** 人员监控 per region one level down: a row drills the page into its region, a figure opens its list. */
export function ChildRegionsTable({ rows, day, drill }: Props) {
  const { t } = useTranslation();
  const linkTo = useListLinks();
  const number = (key: string, width: number, value: (r: Row) => number, link?: (r: Row) => ReturnType<typeof linkTo>) => ({
    key,
    width,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => value(a) - value(b),
    sortDirections: ['descend' as const, 'ascend' as const],
    render: (_: unknown, r: Row) => <CountLink value={value(r)} link={link ? link(r) : null} data-testid={`overview-child-${key}`} />,
  });
  const today = { from: day, to: day };
  const columns: TableColumnsType<Row> = [
    { title: t('overview.monitoring.region'), key: 'name', fixed: 'left', width: 130, ellipsis: true, render: (_, r) => <RegionName code={r.region.code} name={r.region.name} drill={drill} /> },
    {
      title: t('overview.monitoring.workers'),
      children: [
        { title: t('overview.monitoring.total'), ...number('workers', 72, (r) => r.workers.total, (r) => linkTo('workers', { region: r.region.code })) },
        { title: t('overview.monitoring.onDuty'), ...number('onDuty', 72, (r) => r.workers.onDuty, (r) => linkTo('workers', { region: r.region.code, status: 'on_duty' })) },
        { title: t('overview.monitoring.column.active'), ...number('active', 72, (r) => r.workers.activeToday, (r) => linkTo('workers', { region: r.region.code, status: 'active_today' })) },
        { title: t('overview.monitoring.inactive'), ...number('inactive', 84, (r) => r.workers.inactive, (r) => linkTo('workers', { region: r.region.code, status: 'inactive' })) },
      ],
    },
    {
      title: t('overview.today'),
      children: [
        { title: t('overview.monitoring.column.visits'), ...number('visits', 72, (r) => r.visitsToday) },
        { title: t('overview.monitoring.column.events'), ...number('events', 72, (r) => r.eventsToday, (r) => linkTo('events', { region: r.region.code, ...today })) },
        { title: t('overview.monitoring.column.arrivals'), ...number('arrivals', 72, (r) => r.arrivalsToday, (r) => linkTo('movements', { region: r.region.code, direction: 'arrival', ...today })) },
        { title: t('overview.monitoring.column.declarations'), ...number('declarations', 72, (r) => r.declarationsToday) },
      ],
    },
    // The list shows them by status (open, overdue, verified) with a count of each.
    { title: t('overview.monitoring.openWarnings'), ...number('openWarnings', 112, (r) => r.openWarnings, (r) => linkTo('warnings', { region: r.region.code })) },
  ];
  return (
    <Table<Row>
      rowKey={(r) => r.region.code}
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      className="child-regions"
      scroll={{ x: 830, y: 372 }}
      rowClassName="clickable-row"
      onRow={(r) => openableRow('overview-child-row', () => drill.show(r.region.code))}
      data-testid="overview-children"
    />
  );
}
