import type { Point } from 'geojson';
import { LngLatBounds, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent, type PaddingOptions } from 'maplibre-gl';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { BaseMap, MapItem } from '../../../../common/contracts/map.ts';
import type { BBox } from '../../../../common/geo/geojson.ts';
import type { MapLayer } from '../../../../common/map/layers.ts';
import { REGION_LAYERS, REGION_SOURCES } from '../../../lib/map/overlay.ts';
import { pointFeatures, POINT_LAYERS, POINT_SOURCE } from '../../../lib/map/points.ts';
import { areaFeatures, labelFeatures, maskAround, type RegionOutline } from '../../../lib/map/regions.ts';
import { displayShift, shiftBBox } from '../../../lib/map/shift.ts';
import { trajectoryFeatures, TRAJECTORY_SOURCE, type Stop } from '../../../lib/map/trajectory.ts';
import { useMapLibre, useSourceData, type MapLibreMap } from '../../../lib/map/use-map.ts';
import type { Bubble } from './bubbles.ts';
import { FocusMarker } from './FocusMarker.tsx';
import { RegionBubbles } from './RegionBubbles.tsx';
import { useSemanticZoom } from './use-semantic-zoom.ts';

interface Props {
  baseMap: BaseMap | null | undefined;
  region: string;
  /** The selected region's box (WGS-84): the map fits it whenever the region changes. */
  bbox: BBox | null;
  /** The clickable areas: the region's children, or at grid level the grid and its neighbours (only the grid when it is the viewer's own region). */
  areas: readonly RegionOutline[];
  /** Names written on the areas themselves (where no bubble names them). */
  labelAreas: boolean;
  selected: RegionOutline | null;
  bubbles: readonly Bubble[];
  points: readonly { layer: MapLayer; points: readonly MapItem[] }[];
  trajectory: readonly Stop[] | null;
  focus: [number, number] | null;
  /** Width hidden by an open side drawer, kept clear when the map fits something. */
  coveredRight: number;
  /** A place (WGS-84) to keep in sight beside the drawer: the region whose list is open. */
  keepInView: [number, number] | null;
  /**
   * The user's zooming moves between levels: into one of `areas` (unless they are a grid's
   * neighbours), out to `parent` (null at the viewer's own region). Null: zooming only zooms.
   */
  semanticZoom: { intoAreas: boolean; parent: string | null } | null;
  /** Opens a region: a clicked area, or where the user's zooming led. */
  onArea: (code: string) => void;
  onCount: (bubble: Bubble, layer: MapLayer) => void;
  onPoint: (layer: MapLayer, id: string) => void;
  /** Panels drawn over the map (layers, legend, notices). */
  children?: ReactNode;
}

/**
 * Room for the layer panel on the left and, on the right, the legend (236 px wide, 10 px from
 * the edge: map.css) with the zoom buttons above it, so that no point hides under them.
 */
const PADDING = { top: 56, bottom: 40, left: 330, right: 256 } satisfies PaddingOptions;
/** An open side drawer covers the legend and the buttons: then only a margin beside it. */
const rightPadding = (coveredRight: number) => (coveredRight > 0 ? coveredRight + 70 : PADDING.right);
const NO_AREAS: never[] = [];

/** The grid map itself: outlines, bubbles, points and a trajectory over the configured base map. */
export function GridMap(props: Props) {
  const { baseMap, region, bbox, areas, labelAreas, selected, bubbles, points, trajectory, focus, coveredRight, semanticZoom } = props;
  const container = useRef<HTMLDivElement>(null);
  const to = useMemo(() => displayShift(baseMap ?? null), [baseMap]);
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo -- a box is a new array each render; its numbers are what changes
  const displayBox = useMemo(() => (bbox ? shiftBBox(bbox, to) : null), [bbox?.join(','), to]);
  const map = useMapLibre(container, { baseMap, bounds: displayBox, padding: PADDING });

  const areaData = useMemo(() => areaFeatures(areas, to), [areas, to]);
  useSourceData(map, REGION_SOURCES.areas, areaData);
  useSourceData(map, REGION_SOURCES.labels, useMemo(() => labelFeatures(labelAreas ? areas : [], to), [areas, to, labelAreas]));
  useSourceData(map, REGION_SOURCES.selected, useMemo(() => areaFeatures(selected ? [selected] : [], to), [selected, to]));
  useSourceData(map, REGION_SOURCES.mask, useMemo(() => maskAround(selected?.geometry ?? null, to), [selected, to]));
  const pointData = useMemo(() => pointFeatures(points, to), [points, to]);
  useSourceData(map, POINT_SOURCE, pointData);
  useSourceData(map, TRAJECTORY_SOURCE, useMemo(() => trajectoryFeatures(trajectory ?? [], to), [trajectory, to]));

  const padding = { ...PADDING, right: rightPadding(coveredRight) };
  // A region the user's own zooming led to keeps the camera they chose: flying them back to
  // frame it would undo the zoom that got them there.
  const zoomedTo = useRef<string | null>(null);
  useSemanticZoom(map, {
    box: displayBox,
    children: semanticZoom?.intoAreas ? areaData.features : NO_AREAS,
    parent: semanticZoom?.parent ?? null,
    padding,
    enabled: semanticZoom !== null && !trajectory?.length,
    onRegion: (code) => {
      zoomedTo.current = code;
      props.onArea(code);
    },
  });

  // What the map frames: a trajectory while one is shown (all of it, beside the drawer), else the
  // region, flown to when it changes and returned to when the trajectory closes. Opening or
  // closing a drawer alone does not move the map.
  useEffect(() => {
    if (!map) return;
    // The user's camera is kept for the region their zoom led to, until another is shown or a trajectory takes the map.
    if (zoomedTo.current !== region || trajectory?.length) zoomedTo.current = null;
    if (trajectory && trajectory.length > 0) {
      const bounds = new LngLatBounds();
      for (const s of trajectory) bounds.extend(to(s.lon, s.lat));
      map.fitBounds(bounds, { padding, maxZoom: 16, duration: 700 });
    } else if (displayBox && zoomedTo.current === null) {
      map.fitBounds(displayBox, { padding, duration: 700 });
    }
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the padding is a constant of this file
  }, [map, region, displayBox, trajectory, to]);

  // The region whose list opens stays in sight: the map pans (not zooms) when the drawer would hide it.
  const keep = props.keepInView?.join(',');
  useEffect(() => {
    if (!map || !props.keepInView) return;
    const at = to(...props.keepInView);
    const { x, y } = map.project(at);
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const right = width - rightPadding(coveredRight);
    const bottom = height - PADDING.bottom;
    if (x >= PADDING.left && x <= right && y >= PADDING.top && y <= bottom) return;
    // An offset, not `padding`: easeTo keeps a padding for later moves, which fitBounds would add to its own.
    const offset: [number, number] = [(PADDING.left + right - width) / 2, (PADDING.top + bottom - height) / 2];
    map.easeTo({ center: at, offset, duration: 500 });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `keep` stands for keepInView by value; a drawer opening alone must not move the map
  }, [map, keep, to]);

  useMapClicks(map, props);

  return (
    <div className="grid-map">
      <div
        ref={container}
        className="grid-map-canvas"
        data-testid="map-canvas"
        data-ready={map ? 'true' : 'false'}
        data-points={pointData.features.length}
        data-stops={trajectory?.length ?? 0}
      />
      {/* A trajectory runs across regions: their bubbles would hide it, so they step aside meanwhile. */}
      {map && <RegionBubbles map={map} bubbles={trajectory?.length ? [] : bubbles} to={to} onOpen={props.onArea} onCount={props.onCount} />}
      {map && focus && <FocusMarker map={map} at={focus} to={to} />}
      {props.children}
    </div>
  );
}

const CLICKABLE = [POINT_LAYERS.points, POINT_LAYERS.clusters, REGION_LAYERS.areaFill];

/** Clicks on areas, points and clusters, and the hover highlight; handlers see the latest props. */
function useMapClicks(map: MapLibreMap | null, props: Props) {
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    if (!map) return undefined;
    let hovered: string | null = null;
    const setHover = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) map.setFeatureState({ source: REGION_SOURCES.areas, id: hovered }, { hover: false });
      if (code) map.setFeatureState({ source: REGION_SOURCES.areas, id: code }, { hover: true });
      hovered = code;
    };
    const topHit = (e: MapMouseEvent): MapGeoJSONFeature | undefined => {
      // A bubble is an HTML marker over the canvas: its own buttons handle its clicks.
      if ((e.originalEvent.target as Element | null)?.closest('.maplibregl-marker')) return undefined;
      const hits = map.queryRenderedFeatures(e.point, { layers: CLICKABLE });
      return CLICKABLE.map((id) => hits.find((h) => h.layer.id === id)).find((h) => h !== undefined);
    };
    const onMove = (e: MapMouseEvent) => {
      const hit = topHit(e);
      setHover(hit?.layer.id === REGION_LAYERS.areaFill ? String(hit.properties.code) : null);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
    };
    const onClick = (e: MapMouseEvent) => {
      const hit = topHit(e);
      if (!hit) return;
      const { onArea, onPoint } = latest.current;
      if (hit.layer.id === POINT_LAYERS.clusters) {
        const center = (hit.geometry as Point).coordinates as [number, number];
        void (map.getSource(POINT_SOURCE) as GeoJSONSource).getClusterExpansionZoom(Number(hit.properties.cluster_id))
          .then((zoom) => map.easeTo({ center, zoom: zoom + 0.5 }));
      } else if (hit.layer.id === POINT_LAYERS.points) {
        onPoint(hit.properties.layer as MapLayer, String(hit.properties.id));
      } else {
        onArea(String(hit.properties.code));
      }
    };
    const onLeave = () => {
      setHover(null);
      map.getCanvas().style.cursor = '';
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    map.getCanvas().addEventListener('mouseleave', onLeave);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      map.getCanvas().removeEventListener('mouseleave', onLeave);
    };
  }, [map]);
}
