import { useMemo } from 'react';
import { Chart } from '../charts/Chart.tsx';
import { TREND_DAYS, useIncubation, type PanelScope } from '../data/queries.ts';
import { T } from '../text.ts';
import { Figure } from './Figure.tsx';
import { incubationOption, sumOf } from './incubation-option.ts';
import { Panel } from './Panel.tsx';

/** 潜伏期趋势: who is inside the 14-day window over the last 30 days, and today's arrivals and departures. */
export function IncubationPanel({ scope }: { scope: PanelScope }) {
  const query = useIncubation(scope);
  const days = query.data?.days;
  const option = useMemo(() => (days ? incubationOption(days) : null), [days]);
  const today = days?.at(-1);
  const yesterday = days?.at(-2);
  const change = (pick: (d: NonNullable<typeof today>) => Record<string, number>) => (today && yesterday ? sumOf(pick(today)) - sumOf(pick(yesterday)) : 0);
  return (
    <Panel name="incubation" title={T.incubation} extra={T.lastDays(TREND_DAYS)} query={query}>
      {today && option && (
        <div className="incubation">
          <div className="figure-row">
            <Figure label={`${T.inWindow}（${T.people}）`} value={sumOf(today.inWindow)} tone="amber" size="m"
              change={{ by: change((d) => d.inWindow), meaning: 'upIsBad' }} data-testid="screen-in-window" />
            <Figure label={`${T.today}${T.arrivals}`} value={sumOf(today.arrivals)} size="m" />
            <Figure label={`${T.today}${T.departures}`} value={sumOf(today.departures)} tone="green" size="m" />
          </div>
          <div className="chart-box">
            <Chart option={option} label={T.incubation} data-testid="screen-incubation-chart" />
          </div>
        </div>
      )}
    </Panel>
  );
}
