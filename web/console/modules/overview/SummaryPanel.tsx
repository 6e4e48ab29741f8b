import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SummaryPanel as Summary } from '../../../../common/contracts/dashboard.ts';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { OBSERVATION_DAYS, ORIGIN_CATEGORY, type OriginCategory } from '../../../../common/field/vocabulary.ts';
import { addDays } from '../../../../common/time.ts';
import { term } from '../field/labels.ts';
import { ChangeTag, type Meaning } from './ChangeTag.tsx';
import { CountLink } from './CountLink.tsx';
import { dayLabel } from './day-label.ts';
import { FigureTile } from './FigureTile.tsx';
import { useListLinks } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useSummary, type Poll } from './queries.ts';
import type { OverviewView } from './view.ts';

interface CaseFigure {
  key: string;
  /** The list's status filter; none for ever-confirmed, which spans three statuses. */
  status?: CaseStatus;
  tone: 'red' | 'orange' | 'green' | 'grey';
  meaning: Meaning;
  now: (s: Summary) => number;
  before: (s: Summary) => number;
}

const CASE_FIGURES: CaseFigure[] = [
  { key: 'confirmed', status: 'confirmed', tone: 'red', meaning: 'upIsBad', now: (s) => s.cases.current.confirmed, before: (s) => s.cases.previous.confirmed },
  { key: 'suspected', status: 'suspected', tone: 'orange', meaning: 'upIsBad', now: (s) => s.cases.current.suspected, before: (s) => s.cases.previous.suspected },
  { key: 'confirmedTotal', tone: 'red', meaning: 'upIsBad', now: (s) => s.cases.confirmedTotal, before: (s) => s.cases.confirmedTotalPrevious },
  { key: 'cured', status: 'cured', tone: 'green', meaning: 'upIsGood', now: (s) => s.cases.current.cured, before: (s) => s.cases.previous.cured },
  { key: 'deceased', status: 'deceased', tone: 'grey', meaning: 'upIsBad', now: (s) => s.cases.current.deceased, before: (s) => s.cases.previous.deceased },
];

type Span = 'today' | 'last14Days' | 'total';
interface ArrivalRow {
  origin: OriginCategory | 'all';
  figures: Summary['arrivalsAll'];
}

/** 数据汇总: the case register with the change since the day before, and arrivals by origin. */
export function SummaryPanel({ view, today, poll, extra }: PanelProps & { view: OverviewView; today: string; poll: Poll }) {
  const { t } = useTranslation();
  const query = useSummary(view, today, poll);
  const linkTo = useListLinks();
  const s = query.data;
  const region = s?.region.code ?? view.region;
  const day = s?.day ?? view.to;
  // The day range each column counts, as the arrivals list filters it (by arrival day).
  const spans: Record<Span, { from?: string; to: string }> = {
    today: { from: day, to: day },
    last14Days: { from: addDays(day, 1 - OBSERVATION_DAYS), to: day },
    total: { to: day },
  };
  const cell = (span: Span) => (_: unknown, row: ArrivalRow) => (
    <CountLink
      value={row.figures[span]}
      link={linkTo('movements', { region, direction: 'arrival', ...(row.origin === 'all' ? {} : { category: row.origin }), ...spans[span] })}
      className={span === 'last14Days' ? 'count-strong' : ''}
      data-testid={`overview-arrivals-${row.origin}-${span}`}
    />
  );
  const columns: TableColumnsType<ArrivalRow> = [
    { title: t('overview.summary.origin'), dataIndex: 'origin', render: (_, row) => (row.origin === 'all' ? t('overview.summary.all') : term(t, 'originCategory', row.origin)) },
    { title: dayLabel(t, day, today), align: 'right', render: cell('today') },
    { title: t('overview.summary.last14Days'), align: 'right', render: cell('last14Days') },
    { title: t('overview.summary.total'), align: 'right', render: cell('total') },
  ];
  const rows: ArrivalRow[] = s
    ? [...ORIGIN_CATEGORY.codes.map((origin) => ({ origin, figures: s.arrivals[origin] })), { origin: 'all' as const, figures: s.arrivalsAll }]
    : [];

  return (
    <Panel name="summary" title={t('overview.summary.title')} extra={extra} query={query}>
      {s && (
        <>
          <div className="panel-subtitle">{t('overview.summary.cases', { day: dayLabel(t, day, today) })}</div>
          <div className="figure-row">
            {CASE_FIGURES.map((f) => (
              <FigureTile
                key={f.key}
                tone={f.tone}
                label={t(`overview.summary.${f.key}`)}
                value={<CountLink value={f.now(s)} link={linkTo('cases', { region, ...(f.status ? { status: f.status } : {}) })} data-testid={`overview-cases-${f.key}`} />}
                sub={<ChangeTag change={f.now(s) - f.before(s)} meaning={f.meaning} data-testid={`overview-cases-${f.key}-change`} />}
              />
            ))}
          </div>
          <div className="panel-subtitle">{t('overview.summary.arrivals')}</div>
          <Table<ArrivalRow>
            rowKey="origin"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            rowClassName={(row) => (row.origin === 'all' ? 'total-row' : '')}
            data-testid="overview-arrivals"
          />
        </>
      )}
    </Panel>
  );
}
