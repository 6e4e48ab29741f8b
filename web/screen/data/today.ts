import { useEffect, useState } from 'react';
import { chinaDate } from '../../../common/time.ts';

/** Today in China, changing at midnight: a wall display runs for days and its "today" must move on. */
export function useToday(): string {
  const [today, setToday] = useState(() => chinaDate(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(chinaDate(new Date())), 30_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
