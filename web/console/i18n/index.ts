import { createI18n } from '../../lib/i18n.ts';
import { KINDS_EN } from './kinds-en.ts';
import { en, zh } from './messages.ts';

export const i18n = createI18n({ 'zh-CN': zh, en: { ...en, kind: KINDS_EN } });
