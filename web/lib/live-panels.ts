import type { LiveChange, LiveTopic } from '../../common/contracts/live.ts';
import { regionsOverlap } from '../../common/regions/scope.ts';

/** The command centre's panels, the same on the console's overview and the big screen. */
export type PanelName = 'summary' | 'incubation' | 'vital' | 'monitoring' | 'highIncidence' | 'ticker' | 'command';

/** What each panel is made of: a change on any of these topics makes it stale. */
const PANEL_TOPICS: Record<PanelName, readonly LiveTopic[]> = {
  summary: ['movements', 'cases'],
  incubation: ['movements'],
  vital: ['declarations', 'warnings'],
  // Its per-region rows (the screen's map, the overview's table) count all of these.
  monitoring: ['duty', 'visits', 'events', 'movements', 'declarations', 'warnings'],
  highIncidence: ['events'],
  ticker: ['events', 'warnings', 'movements', 'cases'],
  command: ['instructions', 'events'],
};

export const ALL_PANELS = Object.keys(PANEL_TOPICS) as PanelName[];

/** A change in a grid (or a coarser region) touches the viewed region if one contains the other. */
function touches(change: LiveChange, region: string): boolean {
  return change.regions.length === 0 || change.regions.some((code) => regionsOverlap(code, region));
}

/** The panels of the viewed region that a change makes stale. */
export function stalePanels(change: LiveChange, region: string): PanelName[] {
  if (!touches(change, region)) return [];
  return ALL_PANELS.filter((panel) => PANEL_TOPICS[panel].some((topic) => change.topics.includes(topic)));
}

/**
 * Runs each key's task at most once per `intervalMs`: a request inside the interval waits for
 * its end, and the requests meanwhile merge into that one run.
 */
export function coalescer(run: (key: string) => void, intervalMs: number, now: () => number = Date.now) {
  const lastRun = new Map<string, number>();
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  const runNow = (key: string) => {
    waiting.delete(key);
    lastRun.set(key, now());
    run(key);
  };
  return {
    request(key: string): void {
      if (waiting.has(key)) return;
      const wait = (lastRun.get(key) ?? -Infinity) + intervalMs - now();
      if (wait <= 0) runNow(key);
      else waiting.set(key, setTimeout(() => runNow(key), wait));
    },
    dispose(): void {
      for (const timer of waiting.values()) clearTimeout(timer);
      waiting.clear();
    },
  };
}
