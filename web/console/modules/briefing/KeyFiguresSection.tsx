import { useTranslation } from 'react-i18next';
import { DAY_FIGURE, dayFigures, FIELD_FIGURE, fieldFigures } from '../../../../common/briefing/figures.ts';
import { CASE_STATUS } from '../../../../common/cases/vocabulary.ts';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { ORIGIN_CATEGORY, type OriginCategory } from '../../../../common/field/vocabulary.ts';
import type { Term } from '../../../../common/terms.ts';
import { useFigureFormat } from './figures-format.ts';
import { ReportTable } from './ReportTable.tsx';

interface CaseRow {
  key: string;
  label: string;
  now: number;
  before: number;
}

/** A two-column table of labelled figures (the same rows as the workbook's cover). */
function FigureTable<K extends string>({ caption, terms, values, testId }: { caption: string; terms: { codes: K[]; labels: Record<K, Term> }; values: Record<K, number>; testId: string }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  return (
    <ReportTable
      caption={caption}
      columns={[
        { key: 'figure', title: t('briefing.figure'), width: '68%', render: (k: K) => f.label(terms.labels[k]) },
        { key: 'value', title: t('briefing.value'), numeric: true, render: (k: K) => f.count(values[k]) },
      ]}
      rows={terms.codes}
      rowKey={(k) => k}
      data-testid={testId}
    />
  );
}

/** 一、重点数据: headline figures, arrivals by origin, cases against the day before, the day's declarations and field work. */
export function KeyFiguresSection({ b }: { b: Briefing }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  const s = b.summary;
  const day = dayFigures(b.vitalSigns, b.day);
  const field = fieldFigures(b.monitoring);
  const cases: CaseRow[] = [
    ...CASE_STATUS.codes.map((c) => ({ key: c, label: f.label(CASE_STATUS.labels[c]), now: s.cases.current[c], before: s.cases.previous[c] })),
    { key: 'confirmedTotal', label: t('briefing.confirmedTotal'), now: s.cases.confirmedTotal, before: s.cases.confirmedTotalPrevious },
  ];
  const headline = [
    { key: 'arrivals', label: `${t('briefing.arrivals')} · ${t('briefing.today')}`, value: s.arrivalsAll.today },
    { key: 'window', label: `${t('briefing.arrivals')} · ${t('briefing.last14')}`, value: s.arrivalsAll.last14Days },
    { key: 'confirmed', label: f.label(CASE_STATUS.labels.confirmed), value: s.cases.current.confirmed, change: s.cases.current.confirmed - s.cases.previous.confirmed },
    { key: 'declarations', label: f.label(DAY_FIGURE.labels.declarations), value: day.declarations },
    { key: 'warnings', label: f.label(DAY_FIGURE.labels.warningsRaised), value: day.warningsRaised },
    { key: 'events', label: f.label(FIELD_FIGURE.labels.events), value: field.events },
  ];
  return (
    <section className="briefing-section" data-testid="briefing-key">
      <h2>{t('briefing.section.key')}</h2>
      <div className="briefing-headline">
        {headline.map((h) => (
          <div key={h.key} className="briefing-tile" data-testid={`briefing-tile-${h.key}`} data-value={h.value}>
            <div className="briefing-tile-value">{f.count(h.value)}</div>
            <div className="briefing-tile-label">{h.label}</div>
            {h.change !== undefined && <div className={`briefing-tile-change${h.change > 0 ? ' up' : ''}`}>{t('briefing.change')} {f.change(h.change)}</div>}
          </div>
        ))}
      </div>
      <div className="briefing-pair">
        <ReportTable
          caption={t('briefing.arrivalsTitle')}
          columns={[
            { key: 'origin', title: t('briefing.origin'), width: '34%', render: (c: OriginCategory) => f.label(ORIGIN_CATEGORY.labels[c]) },
            { key: 'today', title: t('briefing.today'), numeric: true, render: (c: OriginCategory) => f.count(s.arrivals[c].today) },
            { key: 'last14', title: t('briefing.last14'), numeric: true, render: (c: OriginCategory) => f.count(s.arrivals[c].last14Days) },
            { key: 'total', title: t('briefing.total'), numeric: true, render: (c: OriginCategory) => f.count(s.arrivals[c].total) },
          ]}
          rows={ORIGIN_CATEGORY.codes}
          rowKey={(c) => c}
          totals={[t('briefing.totalRow'), f.count(s.arrivalsAll.today), f.count(s.arrivalsAll.last14Days), f.count(s.arrivalsAll.total)]}
          data-testid="briefing-arrivals"
        />
        <ReportTable
          caption={t('briefing.casesTitle')}
          columns={[
            { key: 'status', title: t('briefing.caseStatus'), width: '28%', render: (r: CaseRow) => r.label },
            { key: 'now', title: t('briefing.today'), numeric: true, render: (r: CaseRow) => f.count(r.now) },
            { key: 'before', title: t('briefing.previousDay'), numeric: true, render: (r: CaseRow) => f.count(r.before) },
            { key: 'change', title: t('briefing.change'), numeric: true, render: (r: CaseRow) => f.change(r.now - r.before) },
          ]}
          rows={cases}
          rowKey={(r) => r.key}
          data-testid="briefing-cases"
        />
      </div>
      <div className="briefing-pair">
        <FigureTable caption={t('briefing.dayTitle')} terms={DAY_FIGURE} values={day} testId="briefing-day-figures" />
        <FigureTable caption={t('briefing.fieldTitle')} terms={FIELD_FIGURE} values={field} testId="briefing-field-figures" />
      </div>
    </section>
  );
}
