import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequirePermission, type Actor } from '@piano2030/api-core';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { ContributionQueries, type RowPage } from './contribution-queries.service';
import { viewerOf } from './contribution-rows';
import { ContributionsService } from './contributions.service';
import { EditContributionInput, PostContributionInput } from './dto/contribution.inputs';
import { ContributionEventsPageModel } from './models/contribution-event.model';
import { toContributionModel } from './models/contribution.mappers';
import {
  ContributionModel,
  ContributionPageModel,
  ContributionRevisionModel,
} from './models/contribution.model';

@Resolver()
export class ContributionsResolver {
  constructor(
    private readonly service: ContributionsService,
    private readonly queries: ContributionQueries,
  ) {}

  @Query(() => ContributionPageModel, {
    description: 'A page of root contributions (or of the replies to parentId), oldest first',
  })
  @Public()
  async contributions(
    @CurrentActor() actor: Actor | null,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ContributionPageModel> {
    return this.toPage(actor, await this.queries.page(actor, consultationId, parentId, first, after));
  }

  @Query(() => ContributionModel)
  @Public()
  async contribution(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return toContributionModel(await this.queries.one(actor, id), viewerOf(actor));
  }

  @Query(() => [ContributionRevisionModel], { description: 'Earlier texts, oldest first' })
  @Public()
  async contributionRevisions(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return (await this.queries.revisions(actor, id)).map((r) => ({ body: r.body, replacedAt: r.createdAt }));
  }

  @Query(() => ContributionEventsPageModel, {
    description: "What a client missed: the consultation room's events after a sequence number",
  })
  @Public()
  async contributionEventsSince(
    @CurrentActor() actor: Actor | null,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('after', { type: () => Int }) after: number,
    @Args('threadId', { type: () => ID, nullable: true }) threadId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<ContributionEventsPageModel> {
    const page = await this.queries.eventsSince(actor, consultationId, after, threadId, first);
    const viewer = viewerOf(actor);
    return {
      ...page,
      events: page.events.map((event) => ({
        seq: event.seq,
        type: event.type,
        occurredAt: event.createdAt,
        contributionId: event.contributionId,
        threadId: event.threadId,
        status: typeof event.data['status'] === 'string' ? event.data['status'] : null,
        contribution: event.contribution ? toContributionModel(event.contribution, viewer) : null,
      })),
    };
  }

  @Query(() => ContributionPageModel, { description: "The caller's contributions, newest first" })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async myContributions(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ContributionPageModel> {
    return this.toPage(actor, await this.queries.mine(actor, first, after));
  }

  @Mutation(() => ContributionModel, {
    description: 'Posts a contribution or a reply; the same idempotencyKey again returns the same one',
  })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async postContribution(@CurrentActor() actor: Actor, @Args('input') input: PostContributionInput) {
    const { contribution } = await this.service.post(actor, input);
    return this.contribution(actor, contribution.id);
  }

  @Mutation(() => ContributionModel, { description: 'Changes the text within 15 minutes of posting' })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async editContribution(@CurrentActor() actor: Actor, @Args('input') input: EditContributionInput) {
    const contribution = await this.service.edit(actor, input);
    return this.contribution(actor, contribution.id);
  }

  @Mutation(() => ContributionModel, { description: 'Supports a contribution: once per person' })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async supportContribution(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    await this.service.support(actor, id, true);
    return this.contribution(actor, id);
  }

  @Mutation(() => ContributionModel, { description: "Withdraws the caller's support" })
  @RequirePermission(PERMISSIONS.CONTRIBUTIONS_POST)
  async withdrawSupport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    await this.service.support(actor, id, false);
    return this.contribution(actor, id);
  }

  private toPage(actor: Actor | null, page: RowPage): ContributionPageModel {
    const viewer = viewerOf(actor);
    return { ...page, nodes: page.rows.map((row) => toContributionModel(row, viewer)) };
  }
}
