import type { TFunction } from 'i18next';

/** Actions the server records today; others still show, under their raw name. */
export const KNOWN_ACTIONS = [
  'auth.login', 'auth.logout', 'auth.login_failed', 'auth.locked',
  'user.create', 'user.update', 'user.password_reset',
  'regions.import',
  'pii.reveal', 'export.movements', 'export.cases', 'import.cases',
  'export.dashboard', 'export.briefing',
] as const;

export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.action.${action}`, { defaultValue: action });
}

export function targetTypeLabel(t: TFunction, type: string): string {
  return t(`audit.targetType.${type}`, { defaultValue: type });
}
