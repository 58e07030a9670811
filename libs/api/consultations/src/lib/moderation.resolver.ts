import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, RequirePermission, type Actor } from '@piano2030/api-core';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { ModerateContributionInput, ReportContributionInput } from './dto/moderation.inputs';
import { ModerationQueries } from './moderation-queries.service';
import { viewerOf } from './contribution-rows';
import { ModerationService } from './moderation.service';
import { toContributionModel } from './models/contribution.mappers';
import { ContributionModel } from './models/contribution.model';
import { ModerationLogPageModel, ModerationQueuePageModel, NetiquetteModel } from './models/moderation.model';
import { netiquette } from './netiquette';
import { ReportsService } from './reports.service';

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly moderation: ModerationService,
    private readonly queries: ModerationQueries,
  ) {}

  @Mutation(() => ContributionModel, {
    description:
      "Reports someone else's contribution against the netiquette (once); enough reports hide it pending review",
  })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async reportContribution(@CurrentActor() actor: Actor, @Args('input') input: ReportContributionInput) {
    return toContributionModel(await this.reports.report(actor, input), viewerOf(actor));
  }

  @Mutation(() => ContributionModel, {
    description: 'Approves, hides, restores or rejects a contribution, with the reason',
  })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_MODERATE)
  async moderateContribution(@CurrentActor() actor: Actor, @Args('input') input: ModerateContributionInput) {
    return toContributionModel(await this.moderation.moderate(actor, input), viewerOf(actor));
  }

  @Query(() => ModerationQueuePageModel, {
    description:
      'Pending and hidden contributions with their open reports, oldest first (all consultations when omitted)',
  })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_MODERATE)
  async moderationQueue(
    @CurrentActor() actor: Actor,
    @Args('consultationId', { type: () => ID, nullable: true }) consultationId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationQueuePageModel> {
    const page = await this.queries.queue(actor, consultationId, first, after);
    const viewer = viewerOf(actor);
    return {
      nodes: page.items.map((item) => ({
        contribution: toContributionModel(item.row, viewer),
        openReportCount: item.openReports.length,
        openReports: item.openReports,
      })),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
      totalCount: page.totalCount,
    };
  }

  @Query(() => ModerationLogPageModel, {
    description: 'Moderation decisions in a consultation, newest first',
  })
  @RequireBodyRole('MODERATE_CONTRIBUTIONS')
  async moderationLog(
    @CurrentActor() actor: Actor,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationLogPageModel> {
    const { entries, ...page } = await this.queries.log(actor, consultationId, first, after);
    return { nodes: entries, ...page };
  }

  @Query(() => NetiquetteModel, { description: 'The rules contributions follow, and how moderation works' })
  @Public()
  netiquette(): NetiquetteModel {
    return netiquette();
  }
}
