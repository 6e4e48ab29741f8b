import { useCallback, useEffect, useState } from 'react';
import { viewedRegion } from '../../lib/viewed-region.ts';
import { regionAbove } from './scope.ts';

const fromAddress = (scope: string) => viewedRegion(new URLSearchParams(window.location.search).get('region'), scope);

/**
 * The region the whole screen shows. It lives in the address (`/screen?region=…`) so a wall
 * display reloads where it was and the browser's back button climbs up again.
 */
export function useViewedRegion(scope: string) {
  const [code, setCode] = useState(() => fromAddress(scope));

  useEffect(() => {
    const onPop = () => setCode(fromAddress(scope));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [scope]);

  const show = useCallback((next: string) => {
    const target = viewedRegion(next, scope);
    const url = new URL(window.location.href);
    if (target === scope) url.searchParams.delete('region');
    else url.searchParams.set('region', target);
    window.history.pushState(null, '', url);
    setCode(target);
  }, [scope]);

  return { code, show, above: regionAbove(code, scope) };
}
