import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConsultationClock, DEFAULT_CLOCK_MS, clockPeriod } from './consultation-clock';
import type { ConsultationsService } from './consultations.service';

const NOW = new Date('2026-03-02T09:00:00Z');

function clockWith(
  due: { id: string; to: 'OPEN' | 'CLOSED' }[] | Error,
  advance: (id: string) => Promise<boolean>,
  periodMs = 1_000,
) {
  const query = jest.fn(async () => {
    if (due instanceof Error) throw due;
    return due;
  });
  const advanceByClock = jest.fn((id: string) => advance(id));
  const clock = new ConsultationClock(
    { query } as unknown as DataSource,
    { advanceByClock } as unknown as ConsultationsService,
    periodMs,
  );
  return { clock, query, advanceByClock };
}

describe('clockPeriod', () => {
  it.each<[string | undefined, number]>([
    [undefined, DEFAULT_CLOCK_MS],
    ['', DEFAULT_CLOCK_MS],
    ['500', 500],
    ['100', 100],
    ['99', DEFAULT_CLOCK_MS],
    ['1.5', DEFAULT_CLOCK_MS],
    ['-1000', DEFAULT_CLOCK_MS],
    ['ten', DEFAULT_CLOCK_MS],
  ])('%j → %i ms', (value, expected) => {
    expect(clockPeriod(value)).toBe(expected);
  });
});

describe('ConsultationClock', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('moves each due consultation at the time asked, and reports what moved', async () => {
    const { clock, query, advanceByClock } = clockWith(
      [
        { id: 'a', to: 'OPEN' },
        { id: 'b', to: 'CLOSED' },
        { id: 'c', to: 'OPEN' },
      ],
      async (id) => id !== 'c',
    );
    await expect(clock.tick(NOW)).resolves.toEqual({ opened: ['a'], closed: ['b'], failed: [] });
    expect(query).toHaveBeenCalledWith(expect.stringContaining('FROM consultations'), [NOW]);
    expect(advanceByClock.mock.calls).toEqual([
      ['a', 'OPEN', NOW],
      ['b', 'CLOSED', NOW],
      ['c', 'OPEN', NOW],
    ]);
  });

  it('logs a consultation that fails and goes on with the others', async () => {
    const { clock } = clockWith(
      [
        { id: 'a', to: 'OPEN' },
        { id: 'b', to: 'CLOSED' },
      ],
      async (id) => {
        if (id === 'a') throw new Error('deadlock detected');
        return true;
      },
    );
    await expect(clock.tick(NOW)).resolves.toEqual({ opened: [], closed: ['b'], failed: ['a'] });
    expect(errors).toHaveBeenCalledWith('Could not open consultation a: deadlock detected');
  });

  describe('on its timer', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('ticks every period, never throws when the database is down, and stops on destroy', async () => {
      const { clock, query } = clockWith(new Error('connection refused'), async () => true, 1_000);
      clock.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(999);
      expect(query).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      expect(query).toHaveBeenCalledTimes(1);
      expect(errors).toHaveBeenCalledWith('The consultation clock failed: connection refused');
      await jest.advanceTimersByTimeAsync(2_000);
      expect(query).toHaveBeenCalledTimes(3);
      await clock.onModuleDestroy();
      await jest.advanceTimersByTimeAsync(5_000);
      expect(query).toHaveBeenCalledTimes(3);
    });

    it('does not start a pass while the last one runs', async () => {
      let finish: (moved: boolean) => void = () => undefined;
      const { clock, advanceByClock } = clockWith(
        [{ id: 'a', to: 'OPEN' }],
        () => new Promise<boolean>((resolve) => (finish = resolve)),
        1_000,
      );
      clock.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(3_000);
      expect(advanceByClock).toHaveBeenCalledTimes(1);
      finish(true);
      await jest.advanceTimersByTimeAsync(1_000);
      expect(advanceByClock).toHaveBeenCalledTimes(2);
      finish(true);
      await clock.onModuleDestroy();
    });
  });
});
