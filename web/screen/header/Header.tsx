import type { RegionDetail } from '../../../common/contracts/regions.ts';
import { regionCrumbs } from '../../lib/region-path.ts';
import { T } from '../text.ts';
import { Clock } from './Clock.tsx';

interface Props {
  /** The viewed region's name, and its chain (city first) once known. */
  name: string;
  chain: RegionDetail['chain'];
  /** The user's own region: the crumbs above it are not offered. */
  scope: string;
  above: string | null;
  onShow: (code: string) => void;
  live: boolean;
  demo: boolean;
}

/** Community and grid names are long: their title is set smaller to leave the crumbs room. */
const LONG_NAME = 5;

/** The region's name as the title, the way back up, the clock and the stream's state. */
export function Header({ name, chain, scope, above, onShow, live, demo }: Props) {
  // The current region is the title; the crumbs are the way back to the user's own.
  const crumbs = regionCrumbs(chain, scope).filter((c) => c.navigable && !c.current);
  return (
    <header className="screen-header">
      <nav className="header-side header-left" aria-label="区域">
        {above && (
          <>
            <button type="button" className="up-button" onClick={() => onShow(above)} data-testid="screen-up">◀ {T.up}</button>
            <span className="crumbs">
              {[...crumbs].reverse().map((c) => <button key={c.code} type="button" className="crumb" onClick={() => onShow(c.code)}>{c.name}</button>)}
            </span>
          </>
        )}
      </nav>
      <h1 className={name.length > LONG_NAME ? 'screen-title long' : 'screen-title'} data-testid="screen-title">
        <span data-testid="screen-region-name">{name}</span>{T.centre}
      </h1>
      <div className="header-side header-right">
        {demo && <span className="demo-badge" data-testid="screen-demo">{T.demo}</span>}
        <span className={live ? 'live on' : 'live'} data-testid="screen-live" data-connected={live}>
          <i className="live-dot" />{live ? T.live : T.offline}
        </span>
        <Clock />
      </div>
    </header>
  );
}
