import { Logger } from '@nestjs/common';
import { DomainEventBus } from '@piano2030/api-core';
import { CONTRIBUTION_EVENTS, GOVERNANCE_EVENTS } from '@piano2030/shared-realtime-contracts';
import type { DailyDigest } from './daily-digest';
import type { MailSender } from './mail-sender';
import { NotificationClock } from './notification-clock';
import type { NotificationProjector } from './notification-projector';
import { DEFAULT_NOTIFICATIONS_OPTIONS } from './notifications.options';

const MORNING = new Date('2026-03-02T08:00:00Z'); // 09:00 in Rome
const NIGHT = new Date('2026-03-02T04:00:00Z'); // 05:00 in Rome

function clockWith(options: { pollMs?: number; digestHour?: number | null; projectorFails?: boolean } = {}) {
  const bus = new DomainEventBus();
  let release: () => void = () => undefined;
  const drain = jest.fn(async () => {
    if (options.projectorFails) throw new Error('database down');
    await new Promise<void>((resolve) => (release = resolve));
    return { events: 1, notifications: 1, emails: 0, userIds: ['u1'] };
  });
  const run = jest.fn(async () => 2);
  const mail = jest.fn(async () => ({ sent: 3, failed: 0 }));
  const clock = new NotificationClock(
    { drain } as unknown as NotificationProjector,
    { run } as unknown as DailyDigest,
    { drain: mail } as unknown as MailSender,
    bus,
    {
      ...DEFAULT_NOTIFICATIONS_OPTIONS,
      pollMs: options.pollMs ?? 60_000,
      digestHour: options.digestHour === undefined ? 7 : options.digestHour,
    },
  );
  return { clock, bus, drain, run, mail, release: () => release() };
}

const event = (type: string) => ({ type, rooms: [], payload: {}, occurredAt: new Date() });
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('NotificationClock', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('projects, writes the digests once their hour has come, then sends', async () => {
    const { clock, drain, run, mail, release } = clockWith();
    const tick = clock.tick(MORNING);
    await settle();
    release();
    await expect(tick).resolves.toEqual({ events: 1, notifications: 1, digests: 2, sent: 3 });
    expect([drain, run, mail].map((fn) => fn.mock.calls.length)).toEqual([1, 1, 1]);
    expect(run).toHaveBeenCalledWith(MORNING);
  });

  it('writes no digest before the hour, nor when the hour is off', async () => {
    for (const [now, digestHour] of [
      [NIGHT, 7],
      [MORNING, null],
    ] as const) {
      const { clock, run, release } = clockWith({ digestHour });
      const tick = clock.tick(now);
      await settle();
      release();
      expect((await tick).digests).toBe(0);
      expect(run).not.toHaveBeenCalled();
    }
  });

  it('still sends the outbox when the projector fails', async () => {
    const { clock, mail } = clockWith({ projectorFails: true });
    await expect(clock.tick(NIGHT)).resolves.toMatchObject({ events: 0, sent: 3 });
    expect(mail).toHaveBeenCalledTimes(1);
  });

  it('starts a pass when a notifying event is heard, one more for kicks during it, none for other events', async () => {
    const { clock, bus, drain, release } = clockWith();
    clock.onApplicationBootstrap();
    bus.publish(event(GOVERNANCE_EVENTS.MEETING_UPDATED));
    await settle();
    expect(drain).not.toHaveBeenCalled();
    bus.publish(event(CONTRIBUTION_EVENTS.PUBLISHED));
    await settle();
    expect(drain).toHaveBeenCalledTimes(1);
    bus.publish(event(CONTRIBUTION_EVENTS.ANSWERED));
    bus.publish(event(CONTRIBUTION_EVENTS.HIDDEN));
    await settle();
    expect(drain).toHaveBeenCalledTimes(1);
    release();
    await settle();
    await settle();
    expect(drain).toHaveBeenCalledTimes(2);
    release();
    await clock.onModuleDestroy();
    bus.publish(event(CONTRIBUTION_EVENTS.PUBLISHED));
    await settle();
    expect(drain).toHaveBeenCalledTimes(2);
  });

  it('does nothing at all with a period of 0', async () => {
    const { clock, bus, drain } = clockWith({ pollMs: 0 });
    clock.onApplicationBootstrap();
    bus.publish(event(CONTRIBUTION_EVENTS.PUBLISHED));
    await settle();
    expect(drain).not.toHaveBeenCalled();
    await clock.onModuleDestroy();
  });
});
