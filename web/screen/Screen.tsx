import type { Me } from '../../common/contracts/auth.ts';
import { useLiveRefresh } from '../lib/live.ts';
import { panelKey, useCommand, useMonitoring, useRegion, type PanelScope } from './data/queries.ts';
import { useToday } from './data/today.ts';
import { Header } from './header/Header.tsx';
import { RegionMapPanel } from './map/RegionMapPanel.tsx';
import { HighIncidencePanel } from './panels/HighIncidencePanel.tsx';
import { IncubationPanel } from './panels/IncubationPanel.tsx';
import { LoopPanels } from './panels/LoopPanels.tsx';
import { SummaryPanel } from './panels/SummaryPanel.tsx';
import { TickerBar } from './panels/TickerBar.tsx';
import { VitalPanel } from './panels/VitalPanel.tsx';
import { useViewedRegion } from './region/use-viewed-region.ts';

/** While the live stream is down the panels poll instead, this often. */
const POLL_MS = 30_000;

/** The big screen: the viewed region's title, six panels around its map (the one under it two in turn), and the ticker. */
export function Screen({ me }: { me: Me }) {
  const viewed = useViewedRegion(me.region.code);
  const today = useToday();
  const live = useLiveRefresh(viewed.code, panelKey) === 'live';
  const scope: PanelScope = { region: viewed.code, today, poll: live ? false : POLL_MS };
  const region = useRegion(viewed.code);
  const monitoring = useMonitoring(scope);
  const command = useCommand(scope);
  const name = region.data?.name ?? (viewed.code === me.region.code ? me.region.name : '');

  return (
    <div className="screen">
      <Header name={name} chain={region.data?.chain ?? []} scope={me.region.code} above={viewed.above} onShow={viewed.show} live={live} demo={me.demo} />
      <main className="screen-body">
        <div className="column">
          <SummaryPanel scope={scope} />
          <IncubationPanel scope={scope} />
        </div>
        <div className="column centre">
          <RegionMapPanel region={viewed.code} monitoring={monitoring.data} onDrill={viewed.show} />
          <LoopPanels monitoring={monitoring} command={command} />
        </div>
        <div className="column">
          <VitalPanel scope={scope} />
          <HighIncidencePanel scope={scope} />
        </div>
      </main>
      <TickerBar scope={scope} />
    </div>
  );
}
