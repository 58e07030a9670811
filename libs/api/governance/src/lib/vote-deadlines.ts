import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { VotesService } from './votes.service';

/** How often votes past their deadline are looked for; a vote closes at most this late. */
const SWEEP_INTERVAL_MS = 5_000;

/**
 * Closes votes whose deadline passed, so their decision is recorded without the chair. Safe with
 * several API instances: the close locks the vote and a second closer gets a conflict.
 */
@Injectable()
export class VoteDeadlines implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(VoteDeadlines.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly votes: VotesService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const closed = await this.votes.closeExpired();
      if (closed) this.logger.log(`Closed ${closed} vote(s) at their deadline`);
    } catch (error) {
      this.logger.error(`Closing votes at their deadline failed: ${String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
