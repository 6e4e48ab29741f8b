import { Type, type Static } from 'typebox';
import { CRS_VALUES } from '../geo/crs.ts';
import type { AreaGeometry } from '../geo/geojson.ts';
import { RegionRef } from './shared.ts';

export const RegionChild = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  kind: Type.Union([Type.String(), Type.Null()]),
  population: Type.Union([Type.Integer(), Type.Null()]),
  /** Grids inside this child (1 for a grid itself). */
  gridCount: Type.Integer(),
  /** Direct children of this child. */
  childCount: Type.Integer(),
});
export type RegionChild = Static<typeof RegionChild>;

export const DescendantCounts = Type.Object({
  districts: Type.Integer(),
  streets: Type.Integer(),
  communities: Type.Integer(),
  grids: Type.Integer(),
});

export const RegionDetail = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.String(), Type.Null()]),
  officialCode: Type.Union([Type.String(), Type.Null()]),
  externalId: Type.Union([Type.String(), Type.Null()]),
  population: Type.Union([Type.Integer(), Type.Null()]),
  centroid: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
  bbox: Type.Union([Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()]), Type.Null()]),
  /** Ancestors then the region itself, city first (for breadcrumbs). */
  chain: Type.Array(RegionRef),
  counts: DescendantCounts,
  children: Type.Array(RegionChild),
});
export type RegionDetail = Static<typeof RegionDetail>;

export const RegionListItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.String(), Type.Null()]),
});
export const RegionList = Type.Object({ items: Type.Array(RegionListItem) });
export type RegionList = Static<typeof RegionList>;

export const RegionListQuery = Type.Object({
  parent: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
}, { additionalProperties: false });

export const LocateQuery = Type.Object({
  lon: Type.Number({ minimum: -180, maximum: 180 }),
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  crs: Type.Enum(CRS_VALUES, { default: 'wgs84' }),
}, { additionalProperties: false });

export const LocateResult = Type.Object({
  /** The point in WGS-84, as it would be stored. */
  point: Type.Object({ lon: Type.Number(), lat: Type.Number() }),
  /** Grid first, then community, street, district, city. */
  chain: Type.Array(RegionRef),
});
export type LocateResult = Static<typeof LocateResult>;

export const GeometryQuery = Type.Object({
  /** 'self' (default): the region's own outline; 'children': one feature per child. */
  of: Type.Union([Type.Literal('self'), Type.Literal('children')], { default: 'self' }),
}, { additionalProperties: false });

/** A region as GeoJSON, as the geometry endpoint answers it (WGS-84). */
export interface RegionFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string; level: number; parentCode: string | null; kind: string | null; centroid: [number, number] | null };
  geometry: AreaGeometry | null;
}
export interface RegionFeatureCollection {
  type: 'FeatureCollection';
  features: RegionFeature[];
}

/** GeoJSON (RFC 7946) as the region endpoints answer it; open, so every member is sent as it is. */
export const GeoJson = Type.Object({ type: Type.String() }, { additionalProperties: true, description: 'GeoJSON (RFC 7946), WGS-84' });
/** The geometry endpoint's answer: the region's own Feature, or its children's FeatureCollection. */
export const RegionGeometry = Type.Unsafe<RegionFeature | RegionFeatureCollection>(GeoJson);

/** A layer to import: features are checked one by one by the import, which names each bad one. */
export const FeatureCollectionInput = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 20_000 }),
}, { additionalProperties: true });

export const ExportQuery = Type.Object({
  level: Type.Optional(Type.Integer({ minimum: 2, maximum: 5, description: 'Level to export (default: the children of the region)' })),
}, { additionalProperties: false });

export const ImportQuery = Type.Object({
  dryRun: Type.Boolean({ default: false, description: 'Validate only; store nothing' }),
}, { additionalProperties: false });

export const ImportProblem = Type.Object({
  feature: Type.Integer({ description: 'Index in features[]' }),
  ref: Type.Union([Type.String(), Type.Null()], { description: 'The feature\'s code, external id or name' }),
  problem: Type.String(),
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer(), externalId: Type.Union([Type.String(), Type.Null()]), created: Type.Boolean() })),
});
export type ImportResult = Static<typeof ImportResult>;
