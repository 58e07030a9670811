import type { IncomingEvent } from './thread-store';

export interface EventsSincePage {
  events: IncomingEvent[];
  hasMore: boolean;
}

/**
 * Hands a consultation room's events over once each, in `seq` order, without gaps. Live events
 * wait until their predecessors have been applied; an event already applied (seq <= last) is
 * dropped; a gap, a first join or a rejoin asks the catch-up query for what came after the last
 * applied, page after page, and applies it once. Nothing is applied before the starting point
 * (the sequence number read with the first page) is known.
 */
export class EventSequencer {
  private last: number | null = null;
  private readonly waiting = new Map<number, IncomingEvent>();
  private catchingUp = false;
  private stopped = false;

  constructor(
    private readonly apply: (events: IncomingEvent[]) => void,
    private readonly fetchSince: (after: number) => Promise<EventsSincePage>,
  ) {}

  /** The last applied sequence number (null before the start). */
  get lastSeq(): number | null {
    return this.last;
  }

  /** The page was read at `seq`: what came after it is applied from now on. */
  start(seq: number): void {
    if (this.last !== null) return;
    this.last = seq;
    this.drain();
  }

  /** A live event from the room. */
  receive(event: IncomingEvent): void {
    if (this.stopped || (this.last !== null && event.seq <= this.last)) return;
    this.waiting.set(event.seq, event);
    this.drain();
  }

  /** Asks what was missed since the last applied event; resolves once applied (or failed). */
  async catchUp(): Promise<void> {
    if (this.last === null || this.catchingUp || this.stopped) return;
    this.catchingUp = true;
    let failed = false;
    let progressed = false;
    try {
      for (;;) {
        const after: number = this.last;
        const page = await this.fetchSince(after);
        if (this.stopped) return;
        const fresh = page.events
          .filter((event) => event.seq > (this.last ?? after))
          .sort((a, b) => a.seq - b.seq);
        if (fresh.length) {
          this.last = fresh[fresh.length - 1].seq;
          for (const seq of [...this.waiting.keys()]) if (seq <= this.last) this.waiting.delete(seq);
          this.apply(fresh);
          progressed = true;
        }
        if (!page.hasMore || !fresh.length) break;
      }
    } catch {
      // Offline again: the next join or the next event tries again.
      failed = true;
    } finally {
      this.catchingUp = false;
    }
    // Without progress, a gap that is still there waits for the next event or join (no request loop).
    if (!failed) this.drain(progressed);
  }

  /** No more events: the page is gone. */
  stop(): void {
    this.stopped = true;
    this.waiting.clear();
  }

  private drain(mayCatchUp = true): void {
    if (this.last === null || this.catchingUp || this.stopped) return;
    const ready: IncomingEvent[] = [];
    for (let next = this.waiting.get(this.last + 1); next; next = this.waiting.get(this.last + 1)) {
      this.waiting.delete(next.seq);
      this.last = next.seq;
      ready.push(next);
    }
    for (const seq of [...this.waiting.keys()]) if (seq <= this.last) this.waiting.delete(seq);
    if (ready.length) this.apply(ready);
    // Something after a gap is waiting: the catch-up query fills the gap.
    if (this.waiting.size && mayCatchUp) void this.catchUp();
  }
}
