import { createI18n } from '../../lib/i18n.ts';
import { en } from './en.ts';
import { KINDS_EN } from './kinds-en.ts';
import { zh } from './zh.ts';

export const i18n = createI18n({ 'zh-CN': zh, en: { ...en, kind: KINDS_EN } });
