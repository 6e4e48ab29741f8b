import { createI18n } from '../../lib/i18n.ts';
import { sharedMessages } from '../../lib/shared-messages.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

// Sections are merged shallowly: the field reasons keep lib's own (required, minLength…) beside the app's.
export const i18n = createI18n({
  'zh-CN': { ...zh, fieldError: { ...sharedMessages('zh').fieldError, ...zh.fieldError } },
  en: { ...en, fieldError: { ...sharedMessages('en').fieldError, ...en.fieldError } },
});
