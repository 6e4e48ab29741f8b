import type { TFunction } from 'i18next';
import type { Span } from './deadline.ts';

/** A span in the reader's words, its two coarsest parts: 2天3小时, 1小时20分钟, 5分钟. */
export function spanText(t: TFunction, span: Span): string {
  if (span.days > 0) return t('events.span.d', { d: span.days, h: span.hours });
  if (span.hours > 0) return t('events.span.h', { h: span.hours, m: span.minutes });
  return t('events.span.m', { m: span.minutes });
}
