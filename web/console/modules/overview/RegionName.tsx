import { Link } from 'react-router';
import type { Drill } from './use-view.ts';

/** A region's name in a drillable row: a link into it, so the row's own click does not fire twice. */
export function RegionName({ code, name, drill }: { code: string; name: string; drill: Drill | null }) {
  if (!drill) return <>{name}</>;
  return <Link to={drill.href(code)} onClick={(e) => e.stopPropagation()}>{name}</Link>;
}
