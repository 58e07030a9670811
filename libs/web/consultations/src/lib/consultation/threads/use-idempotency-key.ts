import { useRef } from 'react';

/** A random UUID; where the browser keeps randomUUID to secure contexts, built from getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of what is being written: the same key for every retry of the same content
 * (so a retry after a lost answer never posts twice), a new one once the content changes or after
 * a success.
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; content: string } | null>(null);
  return {
    keyFor(content: string): string {
      if (current.current?.content !== content) current.current = { key: newIdempotencyKey(), content };
      return current.current.key;
    },
    renew(): void {
      current.current = null;
    },
  };
}
