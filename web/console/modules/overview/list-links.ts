import type { Permission } from '../../../../common/permissions.ts';
import { useCan, useCurrentUser } from '../auth/session.ts';
import type { ListFilters } from '../lists/list-endpoints.ts';

/** The lists a figure can open, each with the filters its page takes as router state. */
interface Lists {
  movements: ListFilters<'GET /api/movements'>;
  events: ListFilters<'GET /api/events'>;
  workers: ListFilters<'GET /api/workers'>;
  warnings: ListFilters<'GET /api/warnings'>;
  cases: ListFilters<'GET /api/cases'>;
  instructions: ListFilters<'GET /api/instructions'>;
}

const PERMISSION: Record<keyof Lists, Permission> = {
  movements: 'field.read',
  events: 'field.read',
  workers: 'workers.read',
  warnings: 'warnings.read',
  cases: 'cases.read',
  instructions: 'instructions.track',
};

/** Where a figure leads: a list page and the filters it opens with (see useIncomingFilters). */
export interface ListLink {
  pathname: string;
  state: object;
}

export type LinkToList = <L extends keyof Lists>(list: L, filters: Lists[L]) => ListLink | null;

/**
 * Links from figures to the lists behind them, or null for a list the user may not open (a
 * figure then stays plain text). The user's own region is left out, so the list says "whole
 * jurisdiction" rather than naming it as a filter.
 */
export function useListLinks(): LinkToList {
  const me = useCurrentUser();
  const can = useCan();
  return (list, filters) => {
    if (!can(PERMISSION[list])) return null;
    const { region, ...rest } = filters as { region?: string };
    return { pathname: `/${list}`, state: region && region !== me.region.code ? { ...rest, region } : rest };
  };
}
