import type { TFunction } from 'i18next';
import type { VerificationOutcome, WarningLevel } from '../../../../common/declarations/vocabulary.ts';

/** Sections of the declaration vocabularies (i18n/declarations.ts). */
export type DeclarationSection =
  | 'symptom' | 'checkpointKind' | 'warningLevel' | 'warningReason' | 'verificationOutcome' | 'declarationDirection';

export function declTerm(t: TFunction, section: DeclarationSection, code: string | null | undefined): string {
  return code ? t(`${section}.${code}`, { defaultValue: code }) : '';
}

/** Select, radio or checkbox options from a vocabulary's codes, in the list's order. */
export function declOptions<C extends string>(t: TFunction, section: DeclarationSection, codes: readonly C[]) {
  return codes.map((code) => ({ value: code, label: declTerm(t, section, code) }));
}

export const LEVEL_COLORS: Record<WarningLevel, string> = { high: 'red', medium: 'orange' };

export const OUTCOME_COLORS: Record<VerificationOutcome, string> = {
  normal: 'green',
  fever_clinic: 'volcano',
  home_isolation: 'orange',
  central_isolation: 'red',
  false_report: 'default',
};

/** A warning's state as the list shows it: waiting, past its deadline, or checked. */
export const WARNING_STATUS_LIST = ['open', 'overdue', 'verified'] as const;
export type WarningStatus = (typeof WARNING_STATUS_LIST)[number];
export const WARNING_STATUS_COLORS: Record<WarningStatus, string> = { open: 'processing', overdue: 'error', verified: 'success' };
