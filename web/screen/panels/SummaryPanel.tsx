import type { SummaryPanel as Summary } from '../../../common/contracts/dashboard.ts';
import { CASE_STATUS } from '../../../common/cases/vocabulary.ts';
import { ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import { formatCount } from '../../lib/format.ts';
import { useSummary, type PanelScope } from '../data/queries.ts';
import { T } from '../text.ts';
import type { Meaning } from './change.ts';
import { Figure, type Tone } from './Figure.tsx';
import { Panel } from './Panel.tsx';

interface CaseFigure {
  key: string;
  label: string;
  tone: Tone;
  meaning: Meaning;
  now: (s: Summary) => number;
  before: (s: Summary) => number;
}

const status = CASE_STATUS.labels;
const CASE_FIGURES: CaseFigure[] = [
  { key: 'confirmed', label: `${T.current}${status.confirmed.zh}`, tone: 'red', meaning: 'upIsBad', now: (s) => s.cases.current.confirmed, before: (s) => s.cases.previous.confirmed },
  { key: 'suspected', label: `${T.current}${status.suspected.zh}`, tone: 'amber', meaning: 'upIsBad', now: (s) => s.cases.current.suspected, before: (s) => s.cases.previous.suspected },
  { key: 'confirmed-total', label: T.confirmedTotal, tone: 'red', meaning: 'upIsBad', now: (s) => s.cases.confirmedTotal, before: (s) => s.cases.confirmedTotalPrevious },
  { key: 'cured', label: status.cured.zh, tone: 'green', meaning: 'upIsGood', now: (s) => s.cases.current.cured, before: (s) => s.cases.previous.cured },
  { key: 'deceased', label: status.deceased.zh, tone: 'plain', meaning: 'upIsBad', now: (s) => s.cases.current.deceased, before: (s) => s.cases.previous.deceased },
];

/** 数据汇总: the case counts with their change since yesterday, and arrivals by where they came from. */
export function SummaryPanel({ scope }: { scope: PanelScope }) {
  const query = useSummary(scope);
  const s = query.data;
  return (
    <Panel name="summary" title={T.summary} query={query}>
      {s && (
        <>
          <div className="case-figures">
            {CASE_FIGURES.map((f) => (
              <Figure key={f.key} label={f.label} value={f.now(s)} tone={f.tone} size="m"
                change={{ by: f.now(s) - f.before(s), meaning: f.meaning }} data-testid={`screen-cases-${f.key}`} />
            ))}
          </div>
          <table className="arrivals-table">
            <thead>
              <tr><th>{T.arrivals}</th><th>{T.today}</th><th>{T.last14Days}</th><th>{T.total}</th></tr>
            </thead>
            <tbody>
              {ORIGIN_CATEGORY.codes.map((origin) => (
                <tr key={origin}>
                  <th>{ORIGIN_CATEGORY.labels[origin].zh}</th>
                  <td>{formatCount(s.arrivals[origin].today, 'zh-CN')}</td>
                  <td className="strong">{formatCount(s.arrivals[origin].last14Days, 'zh-CN')}</td>
                  <td>{formatCount(s.arrivals[origin].total, 'zh-CN')}</td>
                </tr>
              ))}
              <tr className="total-row">
                <th>{T.allOrigins}</th>
                <td>{formatCount(s.arrivalsAll.today, 'zh-CN')}</td>
                <td className="strong" data-testid="screen-arrivals-14d" data-value={s.arrivalsAll.last14Days}>{formatCount(s.arrivalsAll.last14Days, 'zh-CN')}</td>
                <td>{formatCount(s.arrivalsAll.total, 'zh-CN')}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </Panel>
  );
}
