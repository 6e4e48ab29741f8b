import type { TFunction } from 'i18next';

/** Actions the server records today; others still show, under their raw name. */
export const KNOWN_ACTIONS = [
  'auth.login', 'auth.logout', 'auth.login_failed', 'auth.locked',
  'user.create', 'user.update', 'user.password_reset', 'user.password_change',
  'regions.import',
  'pii.reveal', 'export.movements', 'export.cases', 'import.cases',
  'export.dashboard', 'export.briefing',
  'person.create', 'person.search', 'household.create', 'import.households',
  'case.create', 'case.change', 'event.status', 'warning.verify', 'warnings.rules',
  'event.accept', 'event.reject', 'event.dispatch', 'event.handle', 'event.return', 'event.verify', 'event.close', 'event.escalate', 'event.resume',
  'event.request.extend', 'event.request.suspend', 'event.request.void', 'event.request.approve', 'event.request.refuse', 'event.time_limits',
  'department.create', 'department.update',
  'checkpoint.create', 'checkpoint.update', 'checkpoint.rotate_token',
] as const;

/** Labels of the record changes live in their own block (auditChange), after the first ones (audit). */
export function actionLabel(t: TFunction, action: string): string {
  return t([`audit.action.${action}`, `auditChange.action.${action}`], { defaultValue: action });
}

export function targetTypeLabel(t: TFunction, type: string): string {
  return t([`audit.targetType.${type}`, `auditChange.targetType.${type}`], { defaultValue: type });
}
