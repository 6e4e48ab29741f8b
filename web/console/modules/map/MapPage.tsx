import { Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapItem } from '../../../../common/contracts/map.ts';
import type { MapLayer } from '../../../../common/map/layers.ts';
import { GRID_LEVEL, levelOfCode, parentCodeOf } from '../../../../common/regions/codes.ts';
import type { RegionOutline } from '../../../lib/map/regions.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { RegionPicker } from '../overview/RegionPicker.tsx';
import { useRegionDetail, useRegionGeometry, type RegionFeature } from '../regions/queries.ts';
import { bubblesOf, type Bubble } from './bubbles.ts';
import { GridMap } from './GridMap.tsx';
import { ItemDrawers, type Opened } from './ItemDrawers.tsx';
import { ItemListDrawer } from './ItemListDrawer.tsx';
import { SIDE_DRAWER_WIDTH } from './SideDrawer.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapNotices } from './MapNotices.tsx';
import { PeriodControl } from './PeriodControl.tsx';
import { useLayerAggregates, useLayerPoints, useMapConfig, useTrajectory, type ListTarget } from './queries.ts';
import { useMapView } from './use-map-view.ts';
import { usePlayback, usePlaybackClock } from './use-playback.ts';
import './map.css';

const outlinesOf = (features: readonly RegionFeature[] | undefined): RegionOutline[] =>
  (features ?? []).map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry, centroid: f.properties.centroid }));

/**
 * 网格地图: the active layers counted per child region as bubbles, level by level from the
 * user's region down to a grid, where the points themselves appear; a number opens the list
 * behind it, a row the person (with their trajectory on the map) or the record.
 */
export function MapPage() {
  const { t } = useTranslation();
  const { view, today, scope, allowed, drill, setLayers, setKeys, setPeriod } = useMapView();
  const config = useMapConfig();
  const detail = useRegionDetail(view.region).data;
  const region = detail?.code === view.region ? detail : undefined;
  const atGrid = levelOfCode(view.region) === GRID_LEVEL;

  const playback = usePlayback(view.from, view.to);
  const period = playback.period;
  const aggregates = useLayerAggregates(view, period, !atGrid);
  const points = useLayerPoints(view, period, atGrid);
  const counted = atGrid ? points : aggregates;
  usePlaybackClock(playback, !counted.fetching);

  // Above a grid the areas are the region's children; in a grid, the grid and its neighbours,
  // unless the grid is the viewer's own region: nothing above it is theirs to see.
  const ownGrid = atGrid && view.region === scope;
  const areas = useRegionGeometry(atGrid && !ownGrid ? parentCodeOf(view.region)! : view.region, ownGrid ? 'self' : 'children');
  const self = useRegionGeometry(view.region, 'self');
  const areaOutlines = useMemo(() => outlinesOf(areas.data), [areas.data]);
  const selected = useMemo(() => outlinesOf(self.data)[0] ?? null, [self.data]);
  // The address gives a new layers array each render; its codes change only when the layers do,
  // and the points (up to 5,000 a layer) must not be handed to the map again for nothing.
  const layersKey = view.layers.join();
  const bubbles = useMemo(
    () => (atGrid ? [] : bubblesOf(areas.data ?? [], view.layers, aggregates.answers)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `layersKey` stands for the layers by value (see above)
    [atGrid, areas.data, layersKey, aggregates.answers],
  );
  const pointLayers = useMemo(
    () => (atGrid ? view.layers.map((layer, i) => ({ layer, points: points.answers[i]?.points ?? [] })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `layersKey` stands for the layers by value (see above)
    [atGrid, layersKey, points.answers],
  );
  const totals: Partial<Record<MapLayer, number>> = {};
  view.layers.forEach((layer, i) => {
    const total = atGrid ? points.answers[i]?.total : aggregates.answers[i]?.count;
    if (total !== undefined) totals[layer] = total;
  });

  const [list, setList] = useState<ListTarget | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  // Another region closes the list and what it opened: a trajectory left open would keep the
  // map framing it, with the bubbles stepped aside, as if the click had done nothing.
  const [openedIn, setOpenedIn] = useState(view.region);
  if (openedIn !== view.region) {
    setOpenedIn(view.region);
    setList(null);
    setOpened(null);
  }
  const trajectory = useTrajectory(opened?.item === 'person' ? opened.id : null);
  const drawn = opened?.item === 'person' ? trajectory.data?.stops ?? null : null;
  const row = opened?.item !== 'person' ? opened?.row : undefined;
  const focus = row && row.lon !== null && row.lat !== null ? [row.lon, row.lat] as [number, number] : null;
  const openItem = (item: MapItem) => setOpened({ item: item.item, id: item.personId ?? item.id, row: item });
  const coveredRight = list || opened ? SIDE_DRAWER_WIDTH : 0;

  const openCount = (bubble: Bubble, layer: MapLayer) => setList({ region: bubble.code, regionName: bubble.name, layer, at: bubble.at });
  const openPoint = (layer: MapLayer, id: string) => {
    const item = points.answers[view.layers.indexOf(layer)]?.points.find((p) => p.id === id);
    if (item) openItem(item);
  };
  const openArea = (code: string) => {
    if (code !== view.region) drill.show(code);
  };

  return (
    <div className="map-page" data-testid="map-page">
      <PageTitle title={t('map.title')} hint={t('map.hint')} />
      <Card className="map-toolbar">
        <RegionPicker region={view.region} scope={scope} drill={drill} />
        <PeriodControl from={view.from} to={view.to} today={today} onChange={setPeriod} playback={playback} />
      </Card>
      <GridMap
        baseMap={config.isError ? null : config.data?.baseMap}
        region={view.region}
        bbox={region?.bbox ?? null}
        areas={areaOutlines}
        labelAreas={atGrid}
        selected={selected}
        bubbles={bubbles}
        points={pointLayers}
        trajectory={drawn}
        focus={focus}
        coveredRight={coveredRight}
        keepInView={list?.at ?? null}
        // Not while the days play (the user watches the counts change, not the level), nor with a
        // drawer open: another region would close what they are reading.
        semanticZoom={playback.playing || list || opened ? null : { intoAreas: !atGrid, parent: view.region === scope ? null : parentCodeOf(view.region) }}
        onArea={openArea}
        onCount={openCount}
        onPoint={openPoint}
      >
        <LayerPanel
          view={view}
          allowed={allowed}
          totals={totals}
          onLayers={setLayers}
          onKeys={setKeys}
          onOpenTotal={(layer) => setList({ region: view.region, regionName: region?.name ?? view.region, layer, at: region?.centroid ?? null })}
        />
        <MapNotices
          // While playing, each day's answers replace the last in place: no notice flickering every second.
          loading={(counted.fetching && !playback.playing) || areas.isPending || self.isPending}
          error={counted.error ?? areas.error ?? self.error}
          onRetry={() => {
            counted.refetch();
            void areas.refetch();
            void self.refetch();
          }}
          view={view}
          atGrid={atGrid}
          counted={counted.answers}
        />
        <MapLegend view={view} atGrid={atGrid} points={pointLayers} trajectory={drawn !== null && drawn.length > 0} />
      </GridMap>
      <ItemListDrawer target={list} view={view} period={period} onClose={() => setList(null)} onOpen={openItem} />
      <ItemDrawers
        item={opened}
        trajectory={trajectory}
        onClose={() => setOpened(null)}
        onOpenPerson={(id) => setOpened({ item: 'person', id })}
      />
    </div>
  );
}
