import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DomainEventBus } from '@piano2030/api-core';
import { DailyDigest, digestDue } from './daily-digest';
import { MailSender } from './mail-sender';
import { NOTIFYING_EVENTS, NotificationProjector } from './notification-projector';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

/** The digests are looked for at most this often (they are written once a day). */
const DIGEST_CHECK_MS = 60_000;

export interface NotificationTick {
  events: number;
  notifications: number;
  digests: number;
  sent: number;
}

/**
 * Runs the notifications' background work every NOTIFICATIONS_POLL_MS: the projector reads the
 * consultations' event log, the daily digests are written once their hour has come, and the mail
 * sender delivers the outbox. A consultation event heard on the in-process bus starts a pass at
 * once, so people are told within moments; the timer catches what another instance published. A
 * period of 0 turns it all off in this instance. Passes never overlap; a kick during a pass asks
 * for one more.
 */
@Injectable()
export class NotificationClock implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationClock.name);
  private timer: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private lastDigestCheck = 0;

  constructor(
    private readonly projector: NotificationProjector,
    private readonly digest: DailyDigest,
    private readonly mail: MailSender,
    private readonly bus: DomainEventBus,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.pollMs <= 0) return;
    this.timer = setInterval(() => this.run(), this.options.pollMs);
    // Never keeps the process alive on its own.
    this.timer.unref();
    this.unsubscribe = this.bus.subscribe((event) => {
      if (NOTIFYING_EVENTS.has(event.type)) this.run();
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.again = false;
    await this.running;
  }

  /** One pass at `now`; each part logs its own failure and leaves the rest to run. */
  async tick(now: Date = new Date()): Promise<NotificationTick> {
    const result: NotificationTick = { events: 0, notifications: 0, digests: 0, sent: 0 };
    try {
      const projected = await this.projector.drain();
      result.events = projected.events;
      result.notifications = projected.notifications;
    } catch (error) {
      this.logger.error(`The notifications projector failed: ${describe(error)}`);
    }
    if (now.getTime() - this.lastDigestCheck >= DIGEST_CHECK_MS && digestDue(now, this.options.digestHour)) {
      this.lastDigestCheck = now.getTime();
      try {
        result.digests = await this.digest.run(now);
      } catch (error) {
        this.logger.error(`The daily digest failed: ${describe(error)}`);
      }
    }
    try {
      result.sent = (await this.mail.drain()).sent;
    } catch (error) {
      this.logger.error(`The mail sender failed: ${describe(error)}`);
    }
    return result;
  }

  /** The timer's and the bus's call: never overlaps a pass, never throws. */
  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick()
      .then((result) => {
        if (result.digests) this.logger.log(`Wrote ${result.digests} daily digest(s)`);
      })
      .finally(() => {
        this.running = null;
        if (this.again && this.timer) {
          this.again = false;
          this.run();
        }
      });
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
