import {
  CHECKPOINT_KIND, DECLARATION_DIRECTION, SYMPTOM, VERIFICATION_OUTCOME, WARNING_LEVEL, WARNING_REASON,
} from '../../../common/declarations/vocabulary.ts';

type Bilingual = Record<string, { zh: string; en: string }>;

function pick(table: Bilingual, lang: 'zh' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, names]) => [key, names[lang]]));
}

/**
 * The health-declaration vocabularies that common/ keeps in both languages, as i18next
 * sections: `symptom.<code>`, `checkpointKind.<code>`, `warningLevel.<code>`,
 * `warningReason.<code>`, `verificationOutcome.<code>`, `declarationDirection.<code>`.
 */
export function declarationTerms(lang: 'zh' | 'en') {
  return {
    symptom: pick(SYMPTOM.labels, lang),
    checkpointKind: pick(CHECKPOINT_KIND.labels, lang),
    warningLevel: pick(WARNING_LEVEL.labels, lang),
    warningReason: pick(WARNING_REASON.labels, lang),
    verificationOutcome: pick(VERIFICATION_OUTCOME.labels, lang),
    declarationDirection: pick(DECLARATION_DIRECTION.labels, lang),
  };
}
