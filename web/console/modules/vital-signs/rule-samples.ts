import type { DeclarationFacts } from '../../../../common/declarations/warning-rules.ts';

/** Typical declarations the rules page runs both rule sets over, to show what a change would do. */
export const RULE_SAMPLES: (DeclarationFacts & { key: string })[] = [
  { key: 'well', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false },
  { key: 'warm', temperature: 37.2, symptoms: [], keyAreaTravel: false, caseContact: false },
  { key: 'low-fever', temperature: 37.4, symptoms: [], keyAreaTravel: false, caseContact: false },
  { key: 'fever-symptom', temperature: 37.8, symptoms: ['fever'], keyAreaTravel: false, caseContact: false },
  { key: 'high-fever', temperature: 38.6, symptoms: ['fever', 'fatigue'], keyAreaTravel: false, caseContact: false },
  { key: 'dry-cough', temperature: 36.6, symptoms: ['dry_cough'], keyAreaTravel: false, caseContact: false },
  { key: 'cold', temperature: 36.8, symptoms: ['runny_nose', 'sore_throat'], keyAreaTravel: false, caseContact: false },
  { key: 'taste', temperature: 36.7, symptoms: ['taste_smell_loss'], keyAreaTravel: false, caseContact: false },
  { key: 'travel', temperature: 36.4, symptoms: [], keyAreaTravel: true, caseContact: false },
  { key: 'contact', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: true },
  { key: 'breath-travel', temperature: 37.0, symptoms: ['short_breath'], keyAreaTravel: true, caseContact: false },
];
