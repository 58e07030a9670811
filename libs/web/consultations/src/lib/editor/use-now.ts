import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs`: "not in the past" checks stay true as time goes by. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
