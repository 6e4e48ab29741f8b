import { auditEndpoints } from './audit.ts';
import { authEndpoints } from './auth.ts';
import { caseEndpoints } from './cases.ts';
import { checkpointEndpoints } from './checkpoints.ts';
import { dashboardEndpoints } from './dashboard.ts';
import { dashboardExportEndpoints } from './dashboard-export.ts';
import { declarationEndpoints } from './declarations.ts';
import { departmentEndpoints } from './departments.ts';
import { dutyEndpoints } from './duty.ts';
import { eventEndpoints } from './events.ts';
import { fieldSummaryEndpoints } from './field-summary.ts';
import { healthEndpoints } from './health.ts';
import { householdEndpoints } from './households.ts';
import { instructionEndpoints } from './instructions.ts';
import { liveEndpoints } from './live.ts';
import { mapEndpoints } from './map.ts';
import { movementEndpoints } from './movements.ts';
import { notificationEndpoints } from './notifications.ts';
import { personEndpoints } from './persons.ts';
import { regionEndpoints } from './regions.ts';
import { userEndpoints } from './users.ts';
import { visitEndpoints } from './visits.ts';
import { warningEndpoints } from './warnings.ts';
import { workerEndpoints } from './workers.ts';

/** Every endpoint of the API, keyed by method and path. */
export const apiEndpoints = {
  ...auditEndpoints,
  ...authEndpoints,
  ...caseEndpoints,
  ...checkpointEndpoints,
  ...dashboardEndpoints,
  ...dashboardExportEndpoints,
  ...declarationEndpoints,
  ...departmentEndpoints,
  ...dutyEndpoints,
  ...eventEndpoints,
  ...fieldSummaryEndpoints,
  ...healthEndpoints,
  ...householdEndpoints,
  ...instructionEndpoints,
  ...liveEndpoints,
  ...mapEndpoints,
  ...movementEndpoints,
  ...notificationEndpoints,
  ...personEndpoints,
  ...regionEndpoints,
  ...userEndpoints,
  ...visitEndpoints,
  ...warningEndpoints,
  ...workerEndpoints,
};

export type ApiEndpoints = typeof apiEndpoints;
