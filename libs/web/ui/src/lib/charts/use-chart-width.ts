import { useLayoutEffect, useState } from 'react';

/**
 * The width in pixels the drawing has on screen, and its font size, followed as they change. The
 * SVG takes the width as its viewBox, so text is drawn at its real size on a phone as on a desktop
 * instead of shrinking with the picture, and the margins make room for labels at the reader's
 * font size. Without ResizeObserver (tests, very old browsers) both stay at their defaults.
 * `ref` is a callback ref, so a drawing that appears later (data loaded after an empty state) is
 * measured too.
 */
export function useChartWidth<T extends HTMLElement>(fallback = 640) {
  const [element, ref] = useState<T | null>(null);
  const [size, setSize] = useState({ width: fallback, fontSize: 14 });
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || 14;
      if (width > 0) {
        setSize((size) => (size.width === width && size.fontSize === fontSize ? size : { width, fontSize }));
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, ...size };
}
