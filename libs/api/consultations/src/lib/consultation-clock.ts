import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConsultationsService } from './consultations.service';

/** Provider token for the clock's period in milliseconds; by default CONSULTATION_CLOCK_MS, else 30 s. */
export const CONSULTATION_CLOCK_MS = 'CONSULTATION_CLOCK_MS';
export const DEFAULT_CLOCK_MS = 30_000;
/** At most this many moves per tick: the next tick takes the rest. */
const BATCH = 100;

/** The period from the environment: a whole number of milliseconds (at least 100), else the default. */
export function clockPeriod(value: string | undefined): number {
  const ms = Number(value);
  return value && Number.isInteger(ms) && ms >= 100 ? ms : DEFAULT_CLOCK_MS;
}

export interface TickResult {
  opened: string[];
  closed: string[];
  failed: string[];
}

/**
 * Opens scheduled consultations when their opening date comes and closes open ones at their
 * closing date, each in its own transaction (with its audit row, actor null, and the room's status
 * event). With several API instances each runs a clock; the row lock makes the move happen once.
 */
@Injectable()
export class ConsultationClock implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ConsultationClock.name);
  private readonly periodMs: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ConsultationsService,
    @Optional() @Inject(CONSULTATION_CLOCK_MS) periodMs?: number | null,
  ) {
    this.periodMs = periodMs ?? clockPeriod(process.env['CONSULTATION_CLOCK_MS']);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.run(), this.periodMs);
    // Never keeps the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass at `now`: every due consultation moved, or logged and left for the next pass. */
  async tick(now: Date = new Date()): Promise<TickResult> {
    const due: { id: string; to: 'OPEN' | 'CLOSED' }[] = await this.dataSource.query(
      `SELECT id, CASE status WHEN 'SCHEDULED' THEN 'OPEN' ELSE 'CLOSED' END AS "to" FROM consultations
        WHERE (status = 'SCHEDULED' AND opens_at <= $1) OR (status = 'OPEN' AND closes_at <= $1)
        ORDER BY CASE status WHEN 'SCHEDULED' THEN 0 ELSE 1 END, opens_at, id LIMIT ${BATCH}`,
      [now],
    );
    const result: TickResult = { opened: [], closed: [], failed: [] };
    for (const { id, to } of due) {
      try {
        if (await this.lifecycle.advanceByClock(id, to, now))
          (to === 'OPEN' ? result.opened : result.closed).push(id);
      } catch (error) {
        result.failed.push(id);
        this.logger.error(
          `Could not ${to === 'OPEN' ? 'open' : 'close'} consultation ${id}: ${describe(error)}`,
        );
      }
    }
    return result;
  }

  /** The timer's call: never overlaps a slow pass, never throws. */
  private run(): void {
    if (this.running) return;
    this.running = this.tick()
      .then(
        (result) => {
          if (result.opened.length || result.closed.length)
            this.logger.log(`Opened ${result.opened.length}, closed ${result.closed.length} consultation(s)`);
        },
        (error: unknown) => this.logger.error(`The consultation clock failed: ${describe(error)}`),
      )
      .finally(() => {
        this.running = null;
      });
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
