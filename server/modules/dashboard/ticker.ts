import type { PanelQuery, Ticker } from '../../../common/contracts/dashboard.ts';
import { codeChain } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { findRegions } from '../regions/store.ts';
import { panelRegion } from '../regions/panel-region.ts';

const TICKER_ITEMS = 20;

type Item = { kind: Ticker['items'][number]['kind']; at: Date; label: string; grid: string };

/**
 * The newest events, warnings, arrivals and case changes of a region for the big screen's
 * ticker: what and where only (category or status, and the place), never who.
 */
export async function tickerPanel(db: Queryable, actor: Actor, q: Pick<PanelQuery, 'region'>): Promise<Ticker> {
  const { region } = await panelRegion(db, actor, q.region);
  const scope = region.code;
  const [events, warnings, arrivals, cases] = await Promise.all([
    db.selectFrom('events').where(inScope('grid_code', scope)).orderBy('occurred_at', 'desc').limit(TICKER_ITEMS)
      .select(['occurred_at as at', 'category as label', 'grid_code as grid']).execute(),
    db.selectFrom('warnings').where(inScope('grid_code', scope)).orderBy('first_declared_at', 'desc').limit(TICKER_ITEMS)
      .select(['first_declared_at as at', 'level as label', 'grid_code as grid']).execute(),
    db.selectFrom('movements').where('direction', '=', 'arrival').where(inScope('grid_code', scope)).orderBy('created_at', 'desc').limit(TICKER_ITEMS)
      .select(['created_at as at', 'category as label', 'grid_code as grid']).execute(),
    db.selectFrom('case_changes as cc').innerJoin('cases as c', 'c.id', 'cc.case_id').where(inScope('c.grid_code', scope))
      .orderBy('cc.changed_at', 'desc').limit(TICKER_ITEMS)
      .select(['cc.changed_at as at', 'cc.to_status as label', 'c.grid_code as grid']).execute(),
  ]);
  const items: Item[] = [
    ...events.map((r) => ({ kind: 'event' as const, ...r })),
    ...warnings.map((r) => ({ kind: 'warning' as const, ...r })),
    ...arrivals.map((r) => ({ kind: 'arrival' as const, ...r })),
    ...cases.map((r) => ({ kind: 'case' as const, ...r })),
  ].map((r) => ({ ...r, at: new Date(r.at) }))
    .sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, TICKER_ITEMS);
  const names = new Map((await findRegions(db, [...new Set(items.flatMap((i) => codeChain(i.grid)))])).map((r) => [r.code, r.name]));
  return {
    items: items.map((i) => {
      // The path below the city reads district › street › community; the grid is the region.
      const chain = codeChain(i.grid).filter((c) => c.length > 4 && c !== i.grid).map((c) => names.get(c) ?? c);
      return { kind: i.kind, at: i.at.toISOString(), label: i.label, region: { code: i.grid, name: names.get(i.grid) ?? i.grid }, path: chain.join(' › ') };
    }),
  };
}
