import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Another page (a figure of the overview or of 体征监测) opens a list narrowed to what was
 * clicked by passing the list's filters as router state — never in the address, where a
 * filter could be personal. They replace the list's filters once; the state is then
 * dropped, so Back and reload do not apply them again.
 */
export function useIncomingFilters<F extends object>(apply: (filters: F) => void): void {
  const location = useLocation();
  const navigate = useNavigate();
  const incoming = location.state as F | null;
  useEffect(() => {
    if (!incoming || typeof incoming !== 'object') return;
    apply(incoming);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per arrival: the router state is what changes
  }, [incoming]);
}
