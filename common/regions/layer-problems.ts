/** Why a feature of an imported grid layer was refused; the console shows the Chinese text. */
export const LAYER_PROBLEMS = {
  NOT_A_FEATURE: { zh: '不是有效的 GeoJSON 要素', en: 'not a GeoJSON Feature' },
  NOT_POLYGON: { zh: '几何类型必须是 Polygon 或 MultiPolygon', en: 'geometry must be a Polygon or MultiPolygon' },
  BAD_COORDINATES: { zh: '坐标不是有效的经纬度', en: 'coordinates are not valid longitude/latitude pairs' },
  TOO_FEW_POSITIONS: { zh: '环的顶点少于4个', en: 'a ring has fewer than 4 positions' },
  TOO_COMPLEX: { zh: '边界顶点过多（每个要素最多 20000 个）', en: 'too many positions (at most 20,000 per feature)' },
  UNCLOSED_RING: { zh: '环未闭合（首尾坐标不同）', en: 'a ring is not closed (first and last positions differ)' },
  SELF_INTERSECTION: { zh: '边界自相交', en: 'the boundary intersects itself' },
  MISSING_NAME: { zh: '缺少名称', en: 'name is missing' },
  BAD_LEVEL: { zh: '层级无效（应为2–5）', en: 'level must be 2 (district) to 5 (grid)' },
  BAD_CODE: { zh: '编码与层级或上级编码不符', en: 'code does not fit its level or its parent\'s code' },
  DUPLICATE_CODE: { zh: '编码在图层中重复', en: 'the same code appears twice in the layer' },
  DUPLICATE_EXTERNAL_ID: { zh: '外部编号在图层中重复', en: 'the same external id appears twice in the layer' },
  PARENT_MISSING: { zh: '上级区划不存在', en: 'the parent region does not exist' },
  PARENT_LEVEL_MISMATCH: { zh: '上级区划层级不对', en: 'the parent is not one level up' },
  CODES_EXHAUSTED: { zh: '上级区划下的编码已用完', en: 'no free code is left under the parent' },
  OUT_OF_SCOPE: { zh: '超出您的管辖范围', en: 'outside your jurisdiction' },
  OUTSIDE_PARENT: { zh: '超出上级区划范围', en: 'extends outside the parent region' },
  OVERLAPS_SIBLING: { zh: '与同级区划重叠', en: 'overlaps a sibling region' },
  GEOMETRY_ERROR: { zh: '几何无法处理', en: 'the geometry could not be processed' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type LayerProblemCode = keyof typeof LAYER_PROBLEMS;
