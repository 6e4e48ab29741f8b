import { useSearchParams, type To } from 'react-router';
import { chinaDate } from '../../../../common/time.ts';
import { useCurrentUser } from '../auth/session.ts';
import { defaultPeriod, readView, writeView, type OverviewView } from './view.ts';

/** Moving the overview to another region of the user's scope: by a link, or at once (a row's click). */
export interface Drill {
  href: (region: string) => To;
  show: (region: string) => void;
}

/**
 * The overview's region and period, kept in the address so a link or a reload shows the same
 * figures, and Back climbs up again after a drill-down.
 */
export function useOverviewView() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const scope = me.region.code;
  const today = chinaDate(new Date());
  const view = readView(params, scope, today);
  const search = (next: OverviewView) => writeView(next, scope, today);
  const drill: Drill = {
    href: (region) => ({ search: search({ ...view, region }).toString() }),
    show: (region) => setParams(search({ ...view, region })),
  };
  return {
    view,
    today,
    scope,
    drill,
    setPeriod: (period: { from: string; to: string }) => setParams(search({ ...view, ...period })),
    resetPeriod: () => setParams(search({ ...view, ...defaultPeriod(today) })),
  };
}
