import { useMemo, type ReactNode } from 'react';
import type { MonitoringPanel as Monitoring } from '../../../common/contracts/dashboard.ts';
import { Chart } from '../charts/Chart.tsx';
import { T } from '../text.ts';
import { Figure } from './Figure.tsx';
import { eventsOption, gaugeOption } from './monitoring-option.ts';
import { Panel } from './Panel.tsx';

interface Props {
  /** Shared with the map, which is coloured from the same panel's per-region rows. */
  query: { data: Monitoring | undefined; isError: boolean };
  /** The switch to the slot's other panel. */
  extra?: ReactNode;
}

/** 人员监控: the grid workers today, their visits and reports, and the events of the last 14 days. */
export function MonitoringPanel({ query, extra }: Props) {
  const m = query.data;
  const gauge = useMemo(() => (m ? gaugeOption(m.workers) : null), [m]);
  const events = useMemo(() => (m ? eventsOption(m.eventsByDay) : null), [m]);
  return (
    <Panel name="monitoring" title={T.monitoring} extra={extra} query={query}>
      {m && gauge && events && (
        <div className="monitoring">
          <div className="gauge-box">
            <Chart option={gauge} label={T.activeRate} data-testid="screen-workers-gauge" />
          </div>
          <div className="figure-grid">
            <Figure label={T.workers} value={m.workers.total} size="m" data-testid="screen-workers-total" />
            <Figure label={T.onDuty} value={m.workers.onDuty} tone="green" size="m" />
            <Figure label={T.activeToday} value={m.workers.activeToday} size="m" />
            <Figure label={T.inactive} value={m.workers.inactive} tone="plain" size="m" />
            <Figure label={T.visitsToday} value={m.visitsToday} tone="amber" size="m" data-testid="screen-visits-today" />
            <Figure label={T.eventsToday} value={m.eventsToday} tone="amber" size="m" data-testid="screen-events-today" />
          </div>
          <div className="events-box">
            <div className="sub-title">{T.eventsByDay}</div>
            <div className="chart-box">
              <Chart option={events} label={T.eventsByDay} data-testid="screen-events-chart" />
            </div>
          </div>
        </div>
      )}
    </Panel>
  );
}
