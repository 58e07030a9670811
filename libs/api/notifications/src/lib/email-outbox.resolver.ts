import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequirePermission, type Actor } from '@piano2030/api-core';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { DailyDigest } from './daily-digest';
import { EmailOutboxArgs } from './dto/notification.inputs';
import { EmailOutboxQueries } from './email-outbox.queries';
import { EmailOutboxPageModel } from './models/notification.model';

/** Operations on the e-mail outbox: administrators only (it holds addresses). */
@Resolver()
export class EmailOutboxResolver {
  constructor(
    private readonly outbox: EmailOutboxQueries,
    private readonly digest: DailyDigest,
  ) {}

  @Query(() => EmailOutboxPageModel, {
    description: 'E-mails written by the platform, newest first: what was sent, or would be without SMTP_URL',
  })
  @RequirePermission(PERMISSIONS.NOTIFICATIONS_OPERATE)
  async emailOutbox(@Args() args: EmailOutboxArgs): Promise<EmailOutboxPageModel> {
    const { rows, ...page } = await this.outbox.page(args);
    return { nodes: rows, ...page };
  }

  @Mutation(() => Int, {
    description:
      "Writes today's daily digests now, as the clock does at DIGEST_HOUR; returns how many e-mails",
  })
  @RequirePermission(PERMISSIONS.NOTIFICATIONS_OPERATE)
  sendDailyDigests(@CurrentActor() actor: Actor): Promise<number> {
    return this.digest.run(new Date(), actor.userId);
  }
}
