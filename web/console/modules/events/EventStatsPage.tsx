import { ArrowUpOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchFigures, DispatchStats, STATS_GROUPS } from '../../../../common/contracts/dispatch.ts';
import { isWithinScope, parentCodeOf } from '../../../../common/regions/codes.ts';
import { api } from '../../../lib/api.ts';
import { formatCount } from '../../../lib/format.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { DayRangeFilter, type DayRange } from '../lists/DayRangeFilter.tsx';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { spanOf } from './deadline.ts';
import { spanText } from './span-text.ts';

type Group = (typeof STATS_GROUPS)[number];
type Row = DispatchStats['rows'][number];

/** The groupings in the contract's order, checked against it without importing TypeBox into the bundle. */
const GROUP_SET: Record<Group, true> = { region: true, department: true, category: true, source: true, day: true, month: true };
const GROUPS = Object.keys(GROUP_SET) as Group[];

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The figures' columns, in the order GB/T 30428 reads them. */
function figureColumns(t: TFunction, language: string): TableColumnsType<DispatchFigures> {
  const count = (key: keyof DispatchFigures & string, label: string, width = 84) => ({
    title: label, key, width, align: 'right' as const, render: (_: unknown, r: DispatchFigures) => formatCount(r[key] as number, language),
  });
  const rate = (key: keyof DispatchFigures['rates'], label: string) => ({
    title: label, key: `rate-${key}`, width: 96, align: 'right' as const, render: (_: unknown, r: DispatchFigures) => percent(r.rates[key]),
  });
  const c = (k: string) => t(`eventStats.column.${k}`);
  return [
    count('reported', c('reported'), 76),
    count('registered', c('registered'), 76),
    rate('registeredOnTime', c('registeredOnTimeRate')),
    count('dispatched', c('dispatched'), 76),
    rate('dispatchAccuracy', c('dispatchAccuracy')),
    rate('handledOnTime', c('handledOnTimeRate')),
    count('handledLate', c('handledLate'), 96),
    count('overdueOpen', c('overdueOpen'), 108),
    rate('closed', c('closedRate')),
    rate('closedOnTime', c('closedOnTimeRate')),
    rate('rework', c('reworkRate')),
    {
      title: c('avgHandle'), key: 'avgHandle', width: 120, align: 'right',
      render: (_, r) => (r.avgHandleMinutes === null ? '—' : spanText(t, spanOf(r.avgHandleMinutes * 60_000))),
    },
    count('handledOnSpot', c('handledOnSpot'), 96),
    count('returned', c('returned'), 64),
    count('extended', c('extended'), 64),
    count('suspended', c('suspended'), 64),
    count('voided', c('voided'), 64),
  ];
}

/**
 * 事件统计: the dispatch figures of a region's events in a period, by child region (a row
 * drills into its region), department, category, source, day or month, with the total below.
 */
export function EventStatsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [range, setRange] = useState<DayRange>({});
  const [by, setBy] = useState<Group>('region');
  const stats = useQuery({
    queryKey: ['events', 'stats', region, range.from, range.to, by],
    queryFn: () => api('GET /api/events/stats', { query: { region, from: range.from, to: range.to, by } }),
    placeholderData: keepPreviousData,
  });
  const data = stats.data;
  const viewed = data?.region.code ?? me.region.code;
  const parent = parentCodeOf(viewed);
  const canGoUp = parent !== null && isWithinScope(parent, me.region.code);
  const drills = by === 'region' && data !== undefined && data.rows.some((r) => r.key.length > viewed.length);
  const columns: TableColumnsType<Row> = [
    {
      title: t('eventStats.name'), dataIndex: 'name', key: 'name', width: 180, fixed: 'start', ellipsis: true,
      render: (name: string, r) => (drills ? <Typography.Link onClick={() => setRegion(r.key)} data-testid="stats-drill">{name}</Typography.Link> : name),
    },
    ...(figureColumns(t, i18n.language) as TableColumnsType<Row>),
  ];
  return (
    <>
      <PageTitle title={t('eventStats.title')} hint={t('eventStats.hint')} />
      <Card>
        <Space wrap className="filter-bar" data-testid="stats-filters">
          <RegionFilter value={region} onChange={setRegion} data-testid="stats-region" />
          <DayRangeFilter value={range} onChange={setRange} data-testid="stats-period" />
          <Select<Group>
            value={by}
            onChange={setBy}
            options={GROUPS.map((g) => ({ value: g, label: t(`eventStats.byOption.${g}`) }))}
            style={{ width: 120 }}
            data-testid="stats-by"
          />
          {canGoUp && region !== undefined && <Button icon={<ArrowUpOutlined />} onClick={() => setRegion(parent === me.region.code ? undefined : parent)}>{t('eventStats.up')}</Button>}
          {data && <span className="text-muted">{data.region.name} · {t('eventStats.period', { from: data.from, to: data.to })}{drills ? ` · ${t('eventStats.drill')}` : ''}</span>}
        </Space>
        {stats.isError && !data
          ? <QueryProblem query={stats} />
          : (
            <Table<Row>
              rowKey="key"
              size="middle"
              bordered
              tableLayout="fixed"
              loading={stats.isFetching}
              columns={columns}
              dataSource={data?.rows ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
              summary={() => data && (
                <Table.Summary fixed="bottom">
                  <Table.Summary.Row className="stats-total" data-testid="stats-total">
                    <Table.Summary.Cell index={0}><strong>{t('eventStats.total')}</strong></Table.Summary.Cell>
                    {figureColumns(t, i18n.language).map((column, i) => (
                      <Table.Summary.Cell key={String(column.key)} index={i + 1} align="right">
                        <strong>{'render' in column && column.render ? column.render(undefined, data.total, 0) as ReactNode : null}</strong>
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              )}
              data-testid="stats-table"
            />
          )}
      </Card>
    </>
  );
}
