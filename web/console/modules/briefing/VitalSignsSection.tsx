import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { SYMPTOM } from '../../../../common/declarations/vocabulary.ts';
import { useFigureFormat } from './figures-format.ts';
import { ReportTable, type ReportColumn } from './ReportTable.tsx';

type Day = Briefing['vitalSigns']['days'][number];
const symptomCount = (d: Day) => SYMPTOM.codes.reduce((n, s) => n + (d.symptoms[s] ?? 0), 0);

/** 三、体征监测: per day, declarations and warnings; each symptom over the period beneath. */
export function VitalSignsSection({ b }: { b: Briefing }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  const days = b.vitalSigns.days;
  const figures: [string, (d: Day) => number][] = [
    ['declarations', (d) => d.declarations],
    ['entering', (d) => d.entering],
    ['leaving', (d) => d.leaving],
    ['stops', (d) => d.stops],
    ['fever', (d) => d.feverTemperatures],
    ['symptomCount', symptomCount],
    ['raised', (d) => d.warningsRaised],
    ['verified', (d) => d.warningsVerified],
  ];
  const columns: ReportColumn<Day>[] = [
    { key: 'day', title: t('briefing.date'), width: '9%', render: (d) => d.day.slice(5) },
    ...figures.map(([key, pick]) => ({ key, title: t(`briefing.${key}`), numeric: true, render: (d: Day) => f.count(pick(d)) })),
  ];
  const symptomTotals = Object.fromEntries(SYMPTOM.codes.map((s) => [s, days.reduce((n, d) => n + (d.symptoms[s] ?? 0), 0)]));
  return (
    <section className="briefing-section" data-testid="briefing-vital">
      <h2>{t('briefing.section.vital')}<span className="briefing-period">{t('briefing.period', { from: b.vitalSigns.from, to: b.vitalSigns.to })}</span></h2>
      <ReportTable
        columns={columns}
        rows={days}
        rowKey={(d) => d.day}
        totals={[t('briefing.totalRow'), ...figures.map(([, pick]) => f.count(days.reduce((n, d) => n + pick(d), 0)))]}
      />
      <ReportTable
        caption={t('briefing.symptomTotals')}
        columns={SYMPTOM.codes.map((s) => ({ key: s, title: f.label(SYMPTOM.labels[s]), numeric: true, render: () => f.count(symptomTotals[s] ?? 0) }))}
        rows={['all']}
        rowKey={(r) => r}
      />
    </section>
  );
}
