import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { useFigureFormat } from './figures-format.ts';
import { ReportTable, type ReportColumn } from './ReportTable.tsx';

type Child = Briefing['monitoring']['children'][number];
type EventDay = Briefing['monitoring']['eventsByDay'][number];
const eventsOf = (d: EventDay) => EVENT_CATEGORY.codes.reduce((n, c) => n + d.byCategory[c], 0);

/** 四、疫情案件、人员监控: each region one level down, then events per day by category. */
export function MonitoringSection({ b }: { b: Briefing }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  const m = b.monitoring;
  const workers = t('briefing.workers');
  const figures: [string, string | undefined, (c: Child) => number][] = [
    ['workersTotal', workers, (c) => c.workers.total],
    ['onDuty', workers, (c) => c.workers.onDuty],
    ['active', workers, (c) => c.workers.activeToday],
    ['inactive', workers, (c) => c.workers.inactive],
    ['visits', undefined, (c) => c.visitsToday],
    ['events', undefined, (c) => c.eventsToday],
    ['arrivals', undefined, (c) => c.arrivalsToday],
    ['declared', undefined, (c) => c.declarationsToday],
    ['openWarnings', undefined, (c) => c.openWarnings],
  ];
  const childColumns: ReportColumn<Child>[] = [
    { key: 'region', title: t('briefing.region'), width: '22%', render: (c) => c.region.name },
    ...figures.map(([key, group, pick]) => ({ key, ...(group ? { group } : {}), title: t(`briefing.${key}`), numeric: true, render: (c: Child) => f.count(pick(c)) })),
  ];
  const level = m.children[0]?.region.level;
  const eventColumns: ReportColumn<EventDay>[] = [
    { key: 'day', title: t('briefing.date'), width: '8%', render: (d) => d.day.slice(5) },
    ...EVENT_CATEGORY.codes.map((c) => ({ key: c, title: f.label(EVENT_CATEGORY.labels[c]), numeric: true, render: (d: EventDay) => f.count(d.byCategory[c]) })),
    { key: 'total', title: t('briefing.totalRow'), numeric: true, render: (d) => f.count(eventsOf(d)) },
  ];
  return (
    <section className="briefing-section" data-testid="briefing-monitoring">
      <h2>{t('briefing.section.monitoring')}<span className="briefing-period">{b.day}</span></h2>
      {level !== undefined && (
        <ReportTable
          caption={t('briefing.childrenTitle', { level: t(`level.${level}`) })}
          columns={childColumns}
          rows={m.children}
          rowKey={(c) => c.region.code}
          totals={[t('briefing.totalRow'), ...figures.map(([, , pick]) => f.count(m.children.reduce((n, c) => n + pick(c), 0)))]}
          data-testid="briefing-children"
        />
      )}
      <ReportTable
        caption={t('briefing.eventsTitle', { days: m.eventsByDay.length })}
        columns={eventColumns}
        rows={m.eventsByDay}
        rowKey={(d) => d.day}
        totals={[
          t('briefing.totalRow'),
          ...EVENT_CATEGORY.codes.map((c) => f.count(m.eventsByDay.reduce((n, d) => n + d.byCategory[c], 0))),
          f.count(m.eventsByDay.reduce((n, d) => n + eventsOf(d), 0)),
        ]}
      />
    </section>
  );
}
