import type { TFunction } from 'i18next';
import type { Span } from './deadline.ts';

/** A span in the reader's words, its two coarsest parts, a zero second part left out: 2天3小时, 1天, 1小时20分钟, 2小时, 5分钟. */
export function spanText(t: TFunction, span: Span): string {
  if (span.days > 0) return t(span.hours > 0 ? 'events.span.d' : 'events.span.dOnly', { d: span.days, h: span.hours });
  if (span.hours > 0) return t(span.minutes > 0 ? 'events.span.h' : 'events.span.hOnly', { h: span.hours, m: span.minutes });
  return t('events.span.m', { m: span.minutes });
}
