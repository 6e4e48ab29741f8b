import { useTranslation } from 'react-i18next';

/** A span of time in words, to the minute: 5分钟, 2小时5分, 3天4小时. */
export function useDuration(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1) return t('warnings.duration.underMinute');
    if (minutes < 60) return t('warnings.duration.minutes', { m: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return minutes % 60 ? t('warnings.duration.hoursMinutes', { h: hours, m: minutes % 60 }) : t('warnings.duration.hours', { h: hours });
    const days = Math.floor(hours / 24);
    return hours % 24 ? t('warnings.duration.daysHours', { d: days, h: hours % 24 }) : t('warnings.duration.days', { d: days });
  };
}
