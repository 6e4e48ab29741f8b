import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Time on duty so far, ticking each minute. */
export function ShiftClock({ since }: { since: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  return <span data-testid="shift-clock">{t('duty.elapsed', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}</span>;
}
