/**
 * Grid names follow the way grids are signposted: the community's short name plus a serial,
 * e.g. 古城社区居委会 → 古城社区第3网格, 陈化屯村委会 → 陈化屯村第1网格.
 */

// Longest first, so 村民委员会 is not cut down to 村民委员 + 会.
const COMMITTEE_SUFFIXES = ['居民委员会', '村民委员会', '村民委员', '居委会', '村委会', '村委'];

function communityShortName(name: string, kind: string | null): string {
  let base = name;
  for (const suffix of COMMITTEE_SUFFIXES) {
    if (base.endsWith(suffix) && base.length > suffix.length) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  if (/(村|社区)$/.test(base)) return base;
  return base + (kind === '居委会' ? '社区' : '村');
}

export function gridName(communityName: string, communityKind: string | null, serial: number): string {
  return `${communityShortName(communityName, communityKind)}第${serial}网格`;
}
