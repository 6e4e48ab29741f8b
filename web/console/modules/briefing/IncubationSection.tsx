import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { ORIGIN_CATEGORY, type OriginCategory } from '../../../../common/field/vocabulary.ts';
import { useFigureFormat } from './figures-format.ts';
import { ReportTable, type ReportColumn } from './ReportTable.tsx';

type Day = Briefing['incubation']['days'][number];
const sum = (figures: Record<OriginCategory, number>) => ORIGIN_CATEGORY.codes.reduce((n, c) => n + figures[c], 0);

/** 二、潜伏期趋势: per day, arrivals by origin, departures, and people inside their 14-day window. */
export function IncubationSection({ b }: { b: Briefing }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  const days = b.incubation.days;
  const arrivals = t('briefing.arrivals');
  const columns: ReportColumn<Day>[] = [
    { key: 'day', title: t('briefing.date'), width: '9%', render: (d) => d.day.slice(5) },
    ...ORIGIN_CATEGORY.codes.map((c) => ({ key: c, group: arrivals, title: f.label(ORIGIN_CATEGORY.labels[c]), numeric: true, render: (d: Day) => f.count(d.arrivals[c]) })),
    { key: 'arrivals', group: arrivals, title: t('briefing.subtotal'), numeric: true, render: (d) => f.count(sum(d.arrivals)) },
    { key: 'departures', title: t('briefing.departures'), numeric: true, render: (d) => f.count(sum(d.departures)) },
    { key: 'window', title: t('briefing.inWindow'), numeric: true, width: '13%', render: (d) => f.count(sum(d.inWindow)) },
  ];
  const total = (pick: (d: Day) => number) => f.count(days.reduce((n, d) => n + pick(d), 0));
  return (
    <section className="briefing-section" data-testid="briefing-incubation">
      <h2>{t('briefing.section.incubation')}<span className="briefing-period">{t('briefing.period', { from: b.vitalSigns.from, to: b.day })}</span></h2>
      <ReportTable
        columns={columns}
        rows={days}
        rowKey={(d) => d.day}
        totals={[
          t('briefing.totalRow'),
          ...ORIGIN_CATEGORY.codes.map((c) => total((d) => d.arrivals[c])),
          total((d) => sum(d.arrivals)),
          total((d) => sum(d.departures)),
          '',
        ]}
      />
      <p className="briefing-note">{t('briefing.windowNote')}</p>
    </section>
  );
}
