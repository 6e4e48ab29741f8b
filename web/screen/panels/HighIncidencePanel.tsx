import type { HighIncidencePanel as HighIncidence } from '../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { formatCount } from '../../lib/format.ts';
import { RANKING_DAYS, useHighIncidence, type PanelScope } from '../data/queries.ts';
import { T } from '../text.ts';
import { changeText, changeTone } from './change.ts';
import { Panel } from './Panel.tsx';
import { useRotation } from './use-rotation.ts';

const TOP = 5;
const ROTATE_MS = 10_000;

type Category = HighIncidence['categories'][number];

/** The categories worth cycling through: those with events, or all when the period was quiet. */
function shown(categories: Category[]): Category[] {
  const busy = categories.filter((c) => c.total > 0);
  return busy.length > 0 ? busy : categories;
}

/** 高发案件: for one event category at a time, the regions one level down with the most events. */
export function HighIncidencePanel({ scope }: { scope: PanelScope }) {
  const query = useHighIncidence(scope);
  const categories = query.data ? shown(query.data.categories) : [];
  const [index, pick] = useRotation(categories.length, ROTATE_MS);
  const current = categories[index];
  const most = Math.max(1, ...(current?.regions.slice(0, TOP).map((r) => r.count) ?? []));
  return (
    <Panel name="highIncidence" title={T.highIncidence} extra={T.againstPrevious(RANKING_DAYS)} query={query}>
      {current && (
        <div className="ranking">
          <div className="ranking-head">
            <span className="ranking-category" data-testid="screen-ranking-category">{EVENT_CATEGORY.labels[current.category].zh}</span>
            <span className="ranking-total" data-testid="screen-ranking-total" data-value={current.total}>
              {formatCount(current.total, 'zh-CN')}
              <small className={`change-${changeTone(current.total - current.previousTotal, 'upIsBad')}`}>{changeText(current.total - current.previousTotal)}</small>
            </span>
            <span className="dots" role="tablist">
              {categories.map((c, i) => (
                <button key={c.category} type="button" role="tab" aria-selected={i === index} className={i === index ? 'dot on' : 'dot'}
                  title={EVENT_CATEGORY.labels[c.category].zh} onClick={() => pick(i)} />
              ))}
            </span>
          </div>
          {current.total === 0
            ? <div className="quiet">{T.noEvents(RANKING_DAYS)}</div>
            : current.regions.slice(0, TOP).map((r, i) => (
              <div key={r.region.code} className="rank-row" data-testid="screen-rank-row">
                <span className={`rank rank-${i + 1}`}>{i + 1}</span>
                <span className="rank-name">{r.region.name}</span>
                <span className="bar-track"><span className="bar-fill tone-bg-red" style={{ width: `${(r.count / most) * 100}%` }} /></span>
                <span className="rank-count">{formatCount(r.count, 'zh-CN')}</span>
                <span className={`rank-change change-${changeTone(r.count - r.previous, 'upIsBad')}`}>{changeText(r.count - r.previous)}</span>
              </div>
            ))}
        </div>
      )}
    </Panel>
  );
}
