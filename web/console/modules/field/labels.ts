import type { TFunction } from 'i18next';
import type { WORKER_STATUSES } from '../../../../common/contracts/field.ts';
import type { EventStatus } from '../../../../common/events/workflow.ts';
import type { HealthStatus } from '../../../../common/field/vocabulary.ts';

/**
 * Labels of the shared vocabularies (common/field/vocabulary.ts, common/events/workflow.ts, common/cases), which
 * web/lib/shared-messages.ts turns into i18next sections of the same names.
 */
export type VocabularySection =
  | 'eventCategory' | 'originCategory' | 'direction' | 'transport' | 'healthStatus'
  | 'visitOutcome' | 'relation' | 'sex' | 'eventStatus' | 'caseStatus'
  | 'eventStep' | 'eventAction' | 'eventPriority' | 'eventSource' | 'eventRequestKind' | 'departmentKind' | 'areaKind';

export function term(t: TFunction, section: VocabularySection, code: string | null | undefined): string {
  return code ? t(`${section}.${code}`, { defaultValue: code }) : '';
}

/** Select options from a vocabulary's codes, in the list's order. */
export function termOptions(t: TFunction, section: VocabularySection, codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: term(t, section, code) }));
}

export const EVENT_STATUS_COLORS: Record<EventStatus, string> = {
  reported: 'processing',
  accepted: 'blue',
  dispatched: 'geekblue',
  handled: 'cyan',
  verified: 'success',
  closed: 'default',
  returned: 'orange',
  rejected: 'default',
  voided: 'default',
};

export type WorkerStatus = (typeof WORKER_STATUSES)[number];
export const WORKER_STATUS_COLORS: Record<WorkerStatus, string> = { on_duty: 'success', active_today: 'processing', inactive: 'default' };
/** The statuses in the contract's order, without importing the contract (TypeBox) into the bundle. */
export const WORKER_STATUS_LIST = Object.keys(WORKER_STATUS_COLORS) as WorkerStatus[];

/** Anything but "normal" at registration deserves the eye. */
export function healthColor(status: HealthStatus): string | undefined {
  return status === 'normal' ? undefined : status === 'fever' || status === 'respiratory' ? 'red' : 'orange';
}
