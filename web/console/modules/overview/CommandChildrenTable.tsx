import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandPanel } from '../../../../common/contracts/dashboard.ts';
import { commandRates, type CommandRates } from '../../../lib/command-rates.ts';
import { openableRow } from '../lists/table-rows.ts';
import { CountLink } from './CountLink.tsx';
import { useListLinks } from './list-links.ts';
import { RateFigure } from './RateFigure.tsx';
import { RegionName } from './RegionName.tsx';
import type { Drill } from './use-view.ts';

type Row = CommandPanel['children'][number] & { rates: CommandRates };

const sortable = (value: (r: Row) => number) => ({
  sorter: (a: Row, b: Row) => value(a) - value(b),
  sortDirections: ['descend' as const, 'ascend' as const],
});

/**
 * 指挥调度 per region one level down: how far the day's instructions got there and its events
 * in the loop. A row drills the page into its region; the overdue events open their list.
 */
export function CommandChildrenTable({ rows, drill }: { rows: CommandPanel['children']; drill: Drill }) {
  const { t } = useTranslation();
  const linkTo = useListLinks();
  const count = (key: string, value: (r: Row) => number, link?: (r: Row) => ReturnType<typeof linkTo>) => ({
    key, width: 76, align: 'right' as const, ...sortable(value),
    render: (_: unknown, r: Row) => <CountLink value={value(r)} link={link ? link(r) : null} data-testid={`overview-command-child-${key}`} />,
  });
  // A region with nothing to count sorts below one at 0%.
  const rate = (key: string, value: (r: CommandRates) => number | null) => ({
    key, width: 92, align: 'right' as const, ...sortable((r) => value(r.rates) ?? -1),
    render: (_: unknown, r: Row) => <RateFigure rate={value(r.rates)} data-testid={`overview-command-child-${key}`} />,
  });
  const columns: TableColumnsType<Row> = [
    { title: t('overview.command.region'), key: 'name', fixed: 'left', width: 130, ellipsis: true, render: (_, r) => <RegionName code={r.code} name={r.name} drill={drill} /> },
    {
      title: t('overview.command.columnGroup.instructions'),
      children: [
        { title: t('overview.command.column.receipts'), ...count('receipts', (r) => r.instructionReceipts) },
        { title: t('overview.command.column.read'), ...rate('read', (r) => r.read) },
        { title: t('overview.command.column.done'), ...rate('done', (r) => r.done) },
        { title: t('overview.command.column.overdue'), ...count('instructions-overdue', (r) => r.instructionsOverdue) },
      ],
    },
    {
      title: t('overview.command.columnGroup.events'),
      children: [
        { title: t('overview.command.column.open'), ...count('open', (r) => r.eventsOpen) },
        { title: t('overview.command.column.overdue'), ...count('events-overdue', (r) => r.eventsOverdue, (r) => linkTo('events', { region: r.code, overdue: true })) },
        { title: t('overview.command.column.closed'), ...count('closed', (r) => r.eventsClosed) },
        { title: t('overview.command.column.onTime'), ...rate('on-time', (r) => r.closedOnTime) },
      ],
    },
  ];
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      bordered
      columns={columns}
      dataSource={rows.map((r) => ({ ...r, rates: commandRates(r) }))}
      pagination={false}
      className="child-regions"
      scroll={{ x: 850, y: 372 }}
      rowClassName="clickable-row"
      onRow={(r) => openableRow('overview-command-child-row', () => drill.show(r.code))}
      data-testid="overview-command-children"
    />
  );
}
