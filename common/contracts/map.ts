import { Type, type Static } from 'typebox';
import { MAP_ITEM_KINDS, MAP_LAYER } from '../map/layers.ts';
import { Nullable } from './shared.ts';

/**
 * The grid map (网格地图): counts per child region from the counters, the points inside one
 * grid, the list behind a count, a person's trajectory, and the base-map setting. Every read
 * is for a region inside the caller's; coordinates are WGS-84 [lon, lat].
 */
const Day = Type.String({ format: 'date' });
const LonLat = Type.Tuple([Type.Number(), Type.Number()], { description: '[lon, lat], WGS-84' });
const BBox = Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()], { description: '[minLon, minLat, maxLon, maxLat]' });
const RegionCodeParam = Type.String({ pattern: '^[0-9]{4,15}$' });

const LayerParams = {
  layer: Type.Enum(MAP_LAYER.codes),
  from: Type.Optional(Type.String({ format: 'date', description: 'First day of the period (China time); `to` by default' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day of the period; today by default, never later' })),
  keys: Type.Optional(Type.String({ maxLength: 200, pattern: '^[a-z_]+(,[a-z_]+)*$', description: 'Comma-separated categories of the layer to count; the layer\'s defaults when absent' })),
};

export const MapAggregateQuery = Type.Object({
  region: Type.Optional({ ...RegionCodeParam, description: 'The region whose children are counted; the caller\'s own by default' }),
  ...LayerParams,
}, { additionalProperties: false });
export type MapAggregateQuery = Static<typeof MapAggregateQuery>;

export const MapPointQuery = Type.Object({
  region: Type.String({ pattern: '^[0-9]{15}$', description: 'A grid code' }),
  ...LayerParams,
}, { additionalProperties: false });
export type MapPointQuery = Static<typeof MapPointQuery>;

export const MapListQuery = Type.Object({
  region: Type.Optional(RegionCodeParam),
  ...LayerParams,
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
}, { additionalProperties: false });
export type MapListQuery = Static<typeof MapListQuery>;

const MapRegion = Type.Object({
  code: Type.String(), name: Type.String(), level: Type.Integer(),
  centroid: Nullable(LonLat), bbox: Nullable(BBox),
});
const ByKey = Type.Record(Type.String(), Type.Integer(), { description: 'Count per category of the layer (every category, whatever `keys` says)' });

const MapPeriod = { layer: Type.Enum(MAP_LAYER.codes), from: Day, to: Day, keys: Type.Array(Type.String(), { description: 'The categories counted' }) };

export const MapChildCount = Type.Object({ ...MapRegion.properties, count: Type.Integer(), byKey: ByKey });
export const MapAggregates = Type.Object({
  region: MapRegion,
  ...MapPeriod,
  /** The region's own count: always the sum of its children's. */
  count: Type.Integer(),
  byKey: ByKey,
  children: Type.Array(MapChildCount),
});
export type MapAggregates = Static<typeof MapAggregates>;

export const MapItem = Type.Object({
  /** The row's own id: the movement, case, event, warning, checkpoint or worker (user). */
  id: Type.String({ format: 'uuid' }),
  /** What the row opens: a person (arrivals, the window, cases: see `personId`) or the row itself. */
  item: Type.Enum(MAP_ITEM_KINDS),
  /** The person an arrival or a case is about (one person may arrive twice); null for other layers. */
  personId: Nullable(Type.String({ format: 'uuid' })),
  key: Type.String({ description: 'The row\'s category in the layer' }),
  lon: Nullable(Type.Number()),
  lat: Nullable(Type.Number()),
  at: Nullable(Type.String({ format: 'date-time', description: 'When it happened or was last seen' })),
  /** A name (masked in lists, except for grid workers) or a title. */
  title: Type.String(),
  subtitle: Nullable(Type.String()),
  grid: Type.Object({ code: Type.String(), name: Type.String() }),
});
export type MapItem = Static<typeof MapItem>;

export const MapPoints = Type.Object({
  region: MapRegion,
  ...MapPeriod,
  /** Located items, at most MAX_GRID_POINTS. */
  points: Type.Array(MapItem),
  /** Every item in the grid for the layer, located or not. */
  total: Type.Integer(),
  /** Items without coordinates (e.g. a household registered without a position). */
  unlocated: Type.Integer(),
  truncated: Type.Boolean(),
});
export type MapPoints = Static<typeof MapPoints>;

export const MapList = Type.Object({ region: MapRegion, ...MapPeriod, items: Type.Array(MapItem), total: Type.Integer() });
export type MapList = Static<typeof MapList>;

export const TRAJECTORY_SOURCES = ['registration', 'arrival', 'departure', 'visit', 'declaration'] as const;
export type TrajectorySource = (typeof TRAJECTORY_SOURCES)[number];

export const TrajectoryStop = Type.Object({
  at: Type.String({ format: 'date-time' }),
  lon: Type.Number(),
  lat: Type.Number(),
  source: Type.Enum(TRAJECTORY_SOURCES),
  /** Where: the checkpoint's name, the household's address, the grid's name. */
  place: Type.String(),
  grid: Type.Object({ code: Type.String(), name: Type.String() }),
});
export const Trajectory = Type.Object({
  personId: Type.String({ format: 'uuid' }),
  /** Timed locations inside the caller's region, oldest first. */
  stops: Type.Array(TrajectoryStop),
  /** Stops left out because they lie outside the caller's region. */
  outsideScope: Type.Integer(),
});
export type Trajectory = Static<typeof Trajectory>;

export const BaseMap = Type.Object({
  kind: Type.Enum(['raster', 'style'] as const, { description: 'An XYZ raster tile URL template, or a MapLibre style URL (vector tiles)' }),
  url: Type.String(),
  crs: Type.Enum(['wgs84', 'gcj02'] as const, { description: 'gcj02: our WGS-84 data is shifted to match the tiles (Gaode, Tencent); wgs84 also covers CGCS2000 (Tianditu)' }),
  attribution: Type.String(),
  tileSize: Type.Integer(),
  maxZoom: Type.Integer(),
});
export type BaseMap = Static<typeof BaseMap>;
export const MapConfig = Type.Object({ baseMap: Nullable(BaseMap) });
export type MapConfig = Static<typeof MapConfig>;
