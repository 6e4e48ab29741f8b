import { useMemo, type ReactNode } from 'react';
import type { CommandPanel as Command } from '../../../common/contracts/dashboard.ts';
import { EVENT_STEPS } from '../../../common/events/workflow.ts';
import { INSTRUCTION_PRIORITY } from '../../../common/instructions/vocabulary.ts';
import { LEVEL_NAMES, REGION_LEVELS } from '../../../common/regions/codes.ts';
import { commandRates } from '../../lib/command-rates.ts';
import { formatCount } from '../../lib/format.ts';
import { percent, rateText } from '../../lib/rates.ts';
import { Chart } from '../charts/Chart.tsx';
import { T } from '../text.ts';
import { laggingRegions, ratesOption } from './command-option.ts';
import { Figure } from './Figure.tsx';
import { Panel } from './Panel.tsx';

/** Regions in the bar chart and instructions listed: what stays readable in the slot. */
const CHART_ROWS = 6;
const LISTED = 3;

interface Props {
  query: { data: Command | undefined; isError: boolean };
  /** The switch to the slot's other panel. */
  extra?: ReactNode;
}

function Instruction({ item }: { item: Command['instructions'][number] }) {
  const read = percent(item.read, item.receipts);
  const done = percent(item.done, item.receipts);
  return (
    <div className="order" data-testid="screen-command-instruction" data-id={item.id}>
      <div className="order-title">
        {item.priority === 'urgent' && <span className="order-urgent">{INSTRUCTION_PRIORITY.labels.urgent.zh}</span>}
        <span className="order-name">{item.title}</span>
      </div>
      <div className="order-progress">
        <span className="bar-track">
          <span className="bar-fill order-read" style={{ width: `${read}%` }} />
          <span className="bar-fill order-done" style={{ width: `${done}%` }} />
        </span>
        <span className="order-rates">{read}% · {done}%</span>
      </div>
    </div>
  );
}

/**
 * 指挥调度 on the wall: the events waiting at each step of the loop, late, supervised and
 * closed on time; how far the day's instructions got in each region one level down, the
 * furthest behind first; and the newest instructions.
 */
export function CommandPanel({ query, extra }: Props) {
  const c = query.data;
  const lagging = useMemo(() => (c ? laggingRegions(c.children, CHART_ROWS) : []), [c]);
  const option = useMemo(() => (lagging.length > 0 ? ratesOption(lagging) : null), [lagging]);
  const rates = c ? commandRates(c) : null;
  const childLevel = c ? REGION_LEVELS.find((level) => level === c.region.level + 1) : undefined;
  const byRegion = T.childRates(childLevel ? LEVEL_NAMES[childLevel].zh : '');
  return (
    <Panel name="command" title={T.command} extra={extra} query={query}>
      {c && rates && (
        <div className="command">
          <div className="loop">
            <Figure label={T.eventsOpen} value={c.eventsOpen} size="m" data-testid="screen-command-open" />
            {EVENT_STEPS.map((step) => (
              <Figure key={step} label={T.steps[step]} value={c.eventsByStep[step]} size="m" tone="plain" data-testid={`screen-command-step-${step}`} />
            ))}
            <Figure label={T.eventsOverdue} value={c.eventsOverdue} size="m" tone="red" data-testid="screen-command-overdue" />
            <Figure label={T.escalated} value={c.eventsEscalated} size="m" tone="amber" data-testid="screen-command-escalated" />
            <Figure label={T.closedOnTime} value={rates.closedOnTime} text={rateText(rates.closedOnTime)} size="m" tone="green" data-testid="screen-command-on-time" />
          </div>
          <div className="orders-by-region">
            <div className="sub-title">{byRegion}</div>
            {option
              ? <div className="chart-box"><Chart option={option} label={byRegion} data-testid="screen-command-chart" /></div>
              : <div className="quiet">{c.children.length === 0 ? T.noChildren : T.noReceipts}</div>}
          </div>
          <div className="orders">
            <div className="sub-title">
              {T.todayInstructions} · {T.receipts} <b className="sub-figure" data-testid="screen-command-receipts" data-value={c.instructionReceipts}>{formatCount(c.instructionReceipts, 'zh-CN')}</b>
            </div>
            <div className="orders-figures">
              <Figure label={T.readRate} value={rates.read} text={rateText(rates.read)} size="m" data-testid="screen-command-read-rate" />
              <Figure label={T.doneRate} value={rates.done} text={rateText(rates.done)} size="m" tone="green" data-testid="screen-command-done-rate" />
              <Figure label={T.instructionsOverdue} value={c.instructionsOverdue} size="m" tone="red" data-testid="screen-command-instructions-overdue" />
            </div>
            <div className="orders-list">
              {c.instructions.length === 0
                ? <div className="quiet">{T.noInstructions}</div>
                : c.instructions.slice(0, LISTED).map((i) => <Instruction key={i.id} item={i} />)}
            </div>
          </div>
        </div>
      )}
    </Panel>
  );
}
