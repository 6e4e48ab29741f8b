import type { TFunction } from 'i18next';

/** 今日 for today, else the day as MM-DD (the year is in the period picker above). */
export function dayLabel(t: TFunction, day: string, today: string): string {
  return day === today ? t('overview.today') : day.slice(5);
}
