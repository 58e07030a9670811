import { useEffect, useState } from 'react';

/**
 * Focus for an element that the next render draws (a row just loaded): asked for with the state
 * change, given once React has committed it, whatever the order of the scheduler's tasks.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id: string) => setRequest({ id });
}
