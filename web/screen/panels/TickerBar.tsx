import { useLayoutEffect, useRef, useState } from 'react';
import { useTicker, type PanelScope } from '../data/queries.ts';
import { T } from '../text.ts';
import { itemLabel, itemTime, KIND_NAMES, type TickerItem } from './ticker-text.ts';

/** Pixels per second: slow enough to read a line as it passes. */
const SPEED = 70;

function Items({ items, today, hidden }: { items: TickerItem[]; today: string; hidden?: boolean }) {
  return (
    <div className="ticker-copy" aria-hidden={hidden}>
      {items.map((item, i) => (
        <span key={`${item.at}-${i}`} className="ticker-item" data-testid={hidden ? undefined : 'screen-ticker-item'}>
          <span className="ticker-time">{itemTime(item.at, today)}</span>
          <span className={`ticker-kind kind-${item.kind}`}>{KIND_NAMES[item.kind]}</span>
          <span className="ticker-label">{itemLabel(item)}</span>
          <span className="ticker-place">{item.path || item.region.name}</span>
        </span>
      ))}
    </div>
  );
}

/** The latest events, warnings, arrivals and cases, scrolling across the bottom without end. */
export function TickerBar({ scope }: { scope: PanelScope }) {
  const query = useTicker(scope);
  const items = query.data?.items ?? [];
  const track = useRef<HTMLDivElement>(null);
  const [seconds, setSeconds] = useState(60);

  useLayoutEffect(() => {
    // The track holds the items twice and moves by one copy's width, so the loop has no seam.
    const width = (track.current?.scrollWidth ?? 0) / 2;
    setSeconds(Math.max(20, width / SPEED));
  }, [query.data]);

  return (
    <footer className="ticker" data-testid="screen-panel-ticker" data-ready={query.data !== undefined} data-count={items.length}>
      <div className="ticker-title">{T.ticker}</div>
      <div className="ticker-window">
        {items.length === 0
          ? <div className="ticker-empty">{query.data ? T.noTicker : T.loading}</div>
          : (
            <div ref={track} className="ticker-track" style={{ animationDuration: `${seconds}s` }}>
              <Items items={items} today={scope.today} />
              <Items items={items} today={scope.today} hidden />
            </div>
          )}
      </div>
    </footer>
  );
}
