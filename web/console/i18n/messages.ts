import { auditMessages } from '../modules/audit/i18n.ts';
import { authMessages } from '../modules/auth/i18n.ts';
import { briefingMessages } from '../modules/briefing/i18n.ts';
import { casesMessages } from '../modules/cases/i18n.ts';
import { checkpointsMessages } from '../modules/checkpoints/i18n.ts';
import { departmentsMessages } from '../modules/departments/i18n.ts';
import { eventsMessages } from '../modules/events/i18n.ts';
import { fieldMessages } from '../modules/field/i18n.ts';
import { homeMessages } from '../modules/home/i18n.ts';
import { instructionsMessages } from '../modules/instructions/i18n.ts';
import { householdsMessages } from '../modules/households/i18n.ts';
import { layoutMessages } from '../modules/layout/i18n.ts';
import { mapMessages } from '../modules/map/i18n.ts';
import { movementsMessages } from '../modules/movements/i18n.ts';
import { overviewMessages } from '../modules/overview/i18n.ts';
import { personsMessages } from '../modules/persons/i18n.ts';
import { regionsMessages } from '../modules/regions/i18n.ts';
import { usersMessages } from '../modules/users/i18n.ts';
import { vitalSignsMessages } from '../modules/vital-signs/i18n.ts';
import { warningsMessages } from '../modules/warnings/i18n.ts';
import { workersMessages } from '../modules/workers/i18n.ts';
import { commonMessages } from './common.ts';
import { declarationTerms } from './declarations.ts';

/**
 * Each module keeps its own texts beside its pages, under namespaces of its own; this is the one
 * place that puts them together. Shared texts (errors, roles, levels) come from web/lib and common/.
 */
function assemble(lang: 'zh' | 'en') {
  return {
    ...commonMessages[lang],
    ...layoutMessages[lang],
    ...authMessages[lang],
    ...homeMessages[lang],
    ...mapMessages[lang],
    ...overviewMessages[lang],
    ...regionsMessages[lang],
    ...usersMessages[lang],
    ...auditMessages[lang],
    ...fieldMessages[lang],
    ...householdsMessages[lang],
    ...personsMessages[lang],
    ...movementsMessages[lang],
    ...eventsMessages[lang],
    ...departmentsMessages[lang],
    ...casesMessages[lang],
    ...workersMessages[lang],
    ...briefingMessages[lang],
    ...vitalSignsMessages[lang],
    ...warningsMessages[lang],
    ...checkpointsMessages[lang],
    ...instructionsMessages[lang],
    ...declarationTerms(lang),
  };
}

/** Console texts in Chinese, the platform's working language. */
export const zh = assemble('zh');
export const en = assemble('en');
