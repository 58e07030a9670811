import { EventSequencer, type EventsSincePage } from './event-sequencer';
import type { IncomingEvent } from './thread-store';

const event = (seq: number, type = 'contributions.supported'): IncomingEvent => ({
  seq,
  type,
  contributionId: `k-${seq}`,
});

/** A sequencer whose catch-up answers from `log` (the room's events as stored) and records what it applies. */
function setUp(log: IncomingEvent[] = []) {
  const applied: number[][] = [];
  const asked: number[] = [];
  let failing = false;
  const sequencer = new EventSequencer(
    (events) => applied.push(events.map((one) => one.seq)),
    async (after): Promise<EventsSincePage> => {
      asked.push(after);
      if (failing) throw new Error('offline');
      return { events: log.filter((one) => one.seq > after), hasMore: false };
    },
  );
  return {
    sequencer,
    applied,
    asked,
    seqs: () => applied.flat(),
    goOffline: (offline: boolean) => {
      failing = offline;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EventSequencer', () => {
  it('waits for the starting point, then applies what came after it, in order', () => {
    const { sequencer, seqs } = setUp();
    sequencer.receive(event(11));
    sequencer.receive(event(10));
    expect(seqs()).toEqual([]);

    sequencer.start(9);

    expect(seqs()).toEqual([10, 11]);
    expect(sequencer.lastSeq).toBe(11);
  });

  it('drops events already applied, whether repeated or older than the start', () => {
    const { sequencer, seqs } = setUp();
    sequencer.start(5);
    sequencer.receive(event(4));
    sequencer.receive(event(6));
    sequencer.receive(event(6));
    sequencer.receive(event(5));
    sequencer.receive(event(7));

    expect(seqs()).toEqual([6, 7]);
  });

  it('fills a gap with the catch-up query and applies each event once', async () => {
    const log = [6, 7, 8, 9].map((seq) => event(seq));
    const { sequencer, seqs, asked } = setUp(log);
    sequencer.start(5);
    sequencer.receive(event(6));
    // 7 and 8 were lost on the way: 9 shows the gap.
    sequencer.receive(event(9));
    await settle();

    expect(asked).toEqual([6]);
    expect(seqs()).toEqual([6, 7, 8, 9]);
    // The live copy of 8 arriving late changes nothing.
    sequencer.receive(event(8));
    expect(seqs()).toEqual([6, 7, 8, 9]);
  });

  it('catches up after a rejoin, then applies live events that waited meanwhile', async () => {
    const log = [11, 12, 13].map((seq) => event(seq));
    const { sequencer, seqs, asked, goOffline } = setUp(log);
    sequencer.start(10);
    goOffline(true);
    await sequencer.catchUp();
    expect(seqs()).toEqual([]);

    goOffline(false);
    const caught = sequencer.catchUp();
    sequencer.receive(event(14));
    await caught;
    await settle();

    expect(asked).toEqual([10, 10]);
    expect(seqs()).toEqual([11, 12, 13, 14]);
  });

  it('does not ask again and again when the catch-up brings nothing new', async () => {
    const { sequencer, asked } = setUp([]);
    sequencer.start(3);
    sequencer.receive(event(6));
    await settle();
    await settle();

    expect(asked).toEqual([3]);
  });

  it('reads every page of a long catch-up', async () => {
    const log = Array.from({ length: 5 }, (_, index) => event(index + 1));
    const applied: number[] = [];
    const sequencer = new EventSequencer(
      (events) => applied.push(...events.map((one) => one.seq)),
      async (after) => {
        const events = log.filter((one) => one.seq > after).slice(0, 2);
        return { events, hasMore: log.some((one) => one.seq > (events.at(-1)?.seq ?? after)) };
      },
    );
    sequencer.start(0);
    await sequencer.catchUp();

    expect(applied).toEqual([1, 2, 3, 4, 5]);
  });
});
