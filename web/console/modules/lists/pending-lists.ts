import type { Static } from 'typebox';
import type { CaseQuery, CasePage } from '../../../../common/contracts/cases.ts';
import type { CheckpointPage, CheckpointQuery, WarningPage, WarningQuery } from '../../../../common/contracts/declarations.ts';
import type { EventQuery, EventView, HouseholdQuery, HouseholdView, MovementQuery, MovementView, WorkerQuery, WorkerStatusPage } from '../../../../common/contracts/field.ts';
import type { UserList, UserListQuery } from '../../../../common/contracts/users.ts';

interface Paged<T> {
  items: T[];
  total: number;
  totalIsLowerBound?: true;
  nextCursor?: string;
}

/**
 * TRANSITION (issue 13): lists whose endpoints common/endpoints does not declare yet, typed
 * from their contracts. A key the declarations gain drops out of here by itself (see
 * ListKey); once every module is declared this file goes.
 */
export interface PendingLists {
  'GET /api/households': { query: Static<typeof HouseholdQuery>; answer: Paged<HouseholdView> };
  'GET /api/movements': { query: MovementQuery; answer: Paged<MovementView> };
  'GET /api/events': { query: Static<typeof EventQuery>; answer: Paged<EventView> };
  'GET /api/cases': { query: CaseQuery; answer: CasePage };
  'GET /api/warnings': { query: WarningQuery; answer: WarningPage };
  'GET /api/checkpoints': { query: Static<typeof CheckpointQuery>; answer: Static<typeof CheckpointPage> };
  'GET /api/users': { query: UserListQuery; answer: UserList };
  'GET /api/workers': { query: Static<typeof WorkerQuery>; answer: WorkerStatusPage };
}
