import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { useFigureFormat } from './figures-format.ts';
import { ReportTable } from './ReportTable.tsx';

type Category = Briefing['highIncidence']['categories'][number];
const TOP = 3;

/** 五、高发案件: each category this week against the week before, with the regions where it was highest. */
export function HighIncidenceSection({ b }: { b: Briefing }) {
  const { t } = useTranslation();
  const f = useFigureFormat();
  const h = b.highIncidence;
  const top = (c: Category) => c.regions.filter((r) => r.count > 0).slice(0, TOP).map((r) => `${r.region.name} ${f.count(r.count)}`).join('、') || t('briefing.noEvents');
  return (
    <section className="briefing-section" data-testid="briefing-high-incidence">
      <h2>
        {t('briefing.section.highIncidence')}
        <span className="briefing-period">{t('briefing.comparedWith', { from: h.from, to: h.to, previousFrom: h.previousFrom, previousTo: h.previousTo })}</span>
      </h2>
      <ReportTable
        caption={t('briefing.categoriesTitle')}
        columns={[
          { key: 'category', title: t('briefing.category'), width: '22%', render: (c: Category) => f.label(EVENT_CATEGORY.labels[c.category]) },
          { key: 'current', title: t('briefing.current'), numeric: true, render: (c: Category) => f.count(c.total) },
          { key: 'previous', title: t('briefing.previous'), numeric: true, render: (c: Category) => f.count(c.previousTotal) },
          { key: 'change', title: t('briefing.vsPrevious'), numeric: true, render: (c: Category) => f.change(c.total - c.previousTotal) },
          { key: 'top', title: t('briefing.topRegions'), width: '38%', render: top },
        ]}
        rows={h.categories}
        rowKey={(c) => c.category}
        totals={[
          t('briefing.totalRow'),
          f.count(h.categories.reduce((n, c) => n + c.total, 0)),
          f.count(h.categories.reduce((n, c) => n + c.previousTotal, 0)),
          f.change(h.categories.reduce((n, c) => n + c.total - c.previousTotal, 0)),
          '',
        ]}
        data-testid="briefing-categories"
      />
    </section>
  );
}
