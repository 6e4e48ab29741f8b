/**
 * Hierarchical region codes: each level's code extends its parent's.
 * city 3715 → district 371502 → street 371502001 → community 371502001001 → grid 371502001001003.
 * Because a descendant's code starts with its ancestor's, "everything inside region P" is the
 * half-open btree range [P, nextPrefix(P)) on a "C"-collated text column.
 */
export const REGION_LEVELS = [1, 2, 3, 4, 5] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const LEVEL_CODE_LENGTH: Record<RegionLevel, number> = { 1: 4, 2: 6, 3: 9, 4: 12, 5: 15 };

export const LEVEL_NAMES: Record<RegionLevel, { zh: string; en: string; key: string }> = {
  1: { zh: '市', en: 'City', key: 'city' },
  2: { zh: '区县', en: 'District / county', key: 'district' },
  3: { zh: '街道乡镇', en: 'Street / town', key: 'street' },
  4: { zh: '社区村', en: 'Community / village', key: 'community' },
  5: { zh: '网格', en: 'Grid', key: 'grid' },
};

export const GRID_LEVEL: RegionLevel = 5;

const CODE_PATTERN = /^\d+$/;

export function levelOfCode(code: string): RegionLevel | null {
  if (!CODE_PATTERN.test(code)) return null;
  for (const level of REGION_LEVELS) if (LEVEL_CODE_LENGTH[level] === code.length) return level;
  return null;
}

export function isRegionCode(code: string): boolean {
  return levelOfCode(code) !== null;
}

/** The 6-digit statistical code of a prefecture-level city (e.g. 371500) names the same region as its 4-digit hierarchical code. */
export function canonicalRegionCode(code: string): string {
  if (/^\d{4}00$/.test(code)) return code.slice(0, 4);
  return code;
}

export function parentCodeOf(code: string): string | null {
  const level = levelOfCode(code);
  if (level === null || level === 1) return null;
  return code.slice(0, LEVEL_CODE_LENGTH[(level - 1) as RegionLevel]);
}

/** Codes of all ancestors, from the city down to (and including) the region itself. */
export function codeChain(code: string): string[] {
  const level = levelOfCode(code);
  if (level === null) return [];
  const chain: string[] = [];
  for (const l of REGION_LEVELS) {
    if (l > level) break;
    chain.push(code.slice(0, LEVEL_CODE_LENGTH[l]));
  }
  return chain;
}

/** Smallest string greater than every string that starts with `prefix` (codes are ASCII digits). */
export function nextPrefix(prefix: string): string {
  if (prefix.length === 0) throw new Error('empty prefix');
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

export interface CodeRange {
  from: string;
  to: string;
}

/** Half-open range [from, to) of codes inside the region `scope` (the region itself included). */
export function scopeRange(scope: string): CodeRange {
  return { from: scope, to: nextPrefix(scope) };
}

export function isWithinScope(code: string, scope: string): boolean {
  return code.startsWith(scope);
}

/** Child code `parent` + zero-padded `serial`, e.g. childCode('371502001001', 3) = '371502001001003'. */
export function childCode(parent: string, serial: number): string {
  const level = levelOfCode(parent);
  if (level === null || level === 5) throw new Error(`region ${parent} cannot have children`);
  const width = LEVEL_CODE_LENGTH[(level + 1) as RegionLevel] - parent.length;
  if (!Number.isInteger(serial) || serial < 1 || serial >= 10 ** width) {
    throw new Error(`serial ${serial} does not fit in ${width} digits`);
  }
  return parent + String(serial).padStart(width, '0');
}
