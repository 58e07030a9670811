import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from './domain-errors';

export interface RateLimit {
  /** What is counted, e.g. `sign-in:ip:10.0.0.1`. */
  key: string;
  limit: number;
  windowSeconds: number;
  /** The message the client sees when the limit is reached. */
  message: string;
}

interface Window {
  count: number;
  resetsAt: number;
}

/**
 * Fixed-window counters kept in this process. A multi-instance deployment swaps in a shared
 * store behind the same methods (the scale-out issue); callers do not change.
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private static readonly MAX_KEYS = 100_000;

  /** Counts one hit and throws TOO_MANY_REQUESTS once the window is full. */
  hit(rule: RateLimit, now = Date.now()): void {
    const window = this.current(rule, now);
    if (window.count >= rule.limit) {
      throw new TooManyRequestsError(rule.message, Math.ceil((window.resetsAt - now) / 1000));
    }
    window.count += 1;
  }

  /** Throws when the window is already full, without counting (for limits on failures only). */
  check(rule: RateLimit, now = Date.now()): void {
    const window = this.current(rule, now);
    if (window.count >= rule.limit) {
      throw new TooManyRequestsError(rule.message, Math.ceil((window.resetsAt - now) / 1000));
    }
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(rule: RateLimit, now: number): Window {
    const existing = this.windows.get(rule.key);
    if (existing && existing.resetsAt > now) return existing;
    if (this.windows.size >= RateLimiter.MAX_KEYS) this.evictExpired(now);
    const fresh = { count: 0, resetsAt: now + rule.windowSeconds * 1000 };
    this.windows.set(rule.key, fresh);
    return fresh;
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}
