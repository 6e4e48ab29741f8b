import { CASE_PROBLEMS } from '../../common/cases/rules.ts';
import { CASE_STATUS } from '../../common/cases/vocabulary.ts';
import { ERROR_CODES } from '../../common/errors.ts';
import { DISPATCH_PROBLEMS } from '../../common/events/rules.ts';
import { DEPARTMENT_KIND, EVENT_PRIORITY, EVENT_REQUEST_KIND, EVENT_SOURCE, AREA_KIND } from '../../common/events/vocabulary.ts';
import { EVENT_ACTION_LABELS, EVENT_STATUS_LABELS, EVENT_STEP_LABELS } from '../../common/events/workflow.ts';
import { FIELD_PROBLEMS } from '../../common/field/rules.ts';
import { INSTRUCTION_PROBLEMS } from '../../common/instructions/rules.ts';
import {
  DIRECTION, EVENT_CATEGORY, HEALTH_STATUS, ORIGIN_CATEGORY, RELATION, SEX, TRANSPORT, VISIT_OUTCOME,
} from '../../common/field/vocabulary.ts';
import { ROLE_NAMES } from '../../common/permissions.ts';
import { LAYER_PROBLEMS } from '../../common/regions/layer-problems.ts';
import { LEVEL_NAMES } from '../../common/regions/codes.ts';

type Bilingual = Record<string | number, { zh: string; en: string }>;

function pick(table: Bilingual, lang: 'zh' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, names]) => [key, names[lang]]));
}

/** Texts of web/lib's own helpers: the client's network failure and the server's field reasons. */
const LIB_MESSAGES = {
  zh: {
    NETWORK: '无法连接服务器，请检查网络后重试',
    fieldError: {
      required: '必填',
      minLength: '至少 {{count}} 个字符',
      maxLength: '最多 {{count}} 个字符',
      pattern: '格式不正确',
      lettersAndDigits: '须同时包含字母和数字',
      GRID_REQUIRED: '网格员只能绑定到网格',
      PASSWORD_WEAK: '密码太容易被猜到：请避开常见密码、姓名、日期和重复或连续的字符，可用几个词组成的较长短语',
      WRONG_PASSWORD: '当前密码不正确',
      SAME_AS_CURRENT: '新密码不能与当前密码相同',
    },
  },
  en: {
    NETWORK: 'Cannot reach the server; check the network and try again',
    fieldError: {
      required: 'Required',
      minLength: 'At least {{count}} characters',
      maxLength: 'At most {{count}} characters',
      pattern: 'Invalid format',
      lettersAndDigits: 'Must mix letters and digits',
      GRID_REQUIRED: 'A grid worker must be bound to a grid',
      PASSWORD_WEAK: 'Too easy to guess: avoid common passwords, names, dates, repeats and sequences; a longer phrase of several words works well',
      WRONG_PASSWORD: 'The current password is wrong',
      SAME_AS_CURRENT: 'The new password must differ from the current one',
    },
  },
};

/**
 * The texts every app needs: what `common/` already keeps in both languages, as i18next
 * sections (`error.<CODE>`, `role.<role>`, `level.<n>`, `layerProblem.<CODE>`, the field
 * vocabularies `eventCategory.<code>`, `originCategory.<code>`, `direction.<code>`,
 * `transport.<code>`, `healthStatus.<code>`, `visitOutcome.<code>`, `relation.<code>`,
 * `sex.<code>`, `eventStatus.<status>`, `caseStatus.<status>`, dispatch's `eventStep`, `eventAction`,
 * `eventPriority`, `eventSource`, `eventRequestKind`, `departmentKind`, `areaKind`, and
 * `fieldProblem.<CODE>`, the case register's, the instructions' and dispatch's problems included), and lib's own.
 */
export function sharedMessages(lang: 'zh' | 'en') {
  return {
    error: { ...pick(ERROR_CODES, lang), NETWORK: LIB_MESSAGES[lang].NETWORK },
    fieldError: LIB_MESSAGES[lang].fieldError,
    role: pick(ROLE_NAMES, lang),
    level: pick(LEVEL_NAMES, lang),
    layerProblem: pick(LAYER_PROBLEMS, lang),
    eventCategory: pick(EVENT_CATEGORY.labels, lang),
    originCategory: pick(ORIGIN_CATEGORY.labels, lang),
    direction: pick(DIRECTION.labels, lang),
    transport: pick(TRANSPORT.labels, lang),
    healthStatus: pick(HEALTH_STATUS.labels, lang),
    visitOutcome: pick(VISIT_OUTCOME.labels, lang),
    relation: pick(RELATION.labels, lang),
    sex: pick(SEX.labels, lang),
    eventStatus: pick(EVENT_STATUS_LABELS, lang),
    eventStep: pick(EVENT_STEP_LABELS, lang),
    eventAction: pick(EVENT_ACTION_LABELS, lang),
    eventPriority: pick(EVENT_PRIORITY.labels, lang),
    eventSource: pick(EVENT_SOURCE.labels, lang),
    eventRequestKind: pick(EVENT_REQUEST_KIND.labels, lang),
    departmentKind: pick(DEPARTMENT_KIND.labels, lang),
    areaKind: pick(AREA_KIND.labels, lang),
    fieldProblem: { ...pick(FIELD_PROBLEMS, lang), ...pick(CASE_PROBLEMS, lang), ...pick(INSTRUCTION_PROBLEMS, lang), ...pick(DISPATCH_PROBLEMS, lang) },
    caseStatus: pick(CASE_STATUS.labels, lang),
  };
}
