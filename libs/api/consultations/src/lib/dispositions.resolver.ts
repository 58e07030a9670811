import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor } from '@piano2030/api-core';
import type { ContributionKind } from '@piano2030/shared-domain';
import { DispositionQueries } from './disposition-queries.service';
import { DispositionsService } from './dispositions.service';
import { PublishDispositionsInput, SetDispositionInput } from './dto/disposition.inputs';
import { viewerOf } from './contribution-rows';
import { toContributionModel } from './models/contribution.mappers';
import { ContributionModel, ContributionPageModel } from './models/contribution.model';
import { toDispositionModel } from './models/disposition.mappers';
import { DispositionModel } from './models/disposition.model';
import { ContributionKindEnum } from './models/contribution.enums';
import {
  AnswerStateEnum,
  DispositionStatusEnum,
  type AnswerState,
  type DispositionStatus,
} from './models/moderation.enums';

@Resolver()
export class DispositionsResolver {
  constructor(
    private readonly answers: DispositionsService,
    private readonly queries: DispositionQueries,
  ) {}

  @Mutation(() => DispositionModel, {
    description:
      'Prepares the answer to a contribution (committee); changing a published one publishes the new version',
  })
  @RequireBodyRole('DISPOSE_CONTRIBUTIONS')
  async setDisposition(@CurrentActor() actor: Actor, @Args('input') input: SetDispositionInput) {
    return toDispositionModel(await this.answers.set(actor, input), true);
  }

  @Mutation(() => Int, {
    description:
      'Publishes the prepared answers of a consultation (all, or those listed) together; returns how many',
  })
  @RequireBodyRole('DISPOSE_CONTRIBUTIONS')
  publishDispositions(@CurrentActor() actor: Actor, @Args('input') input: PublishDispositionsInput) {
    return this.answers.publish(actor, input);
  }

  @Query(() => [ContributionModel], {
    description:
      "The contributions whose answer is prepared (or published), oldest first; read each one's disposition",
  })
  @RequireBodyRole('DISPOSE_CONTRIBUTIONS')
  async dispositions(
    @CurrentActor() actor: Actor,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('status', { type: () => DispositionStatusEnum }) status: DispositionStatus,
  ) {
    const viewer = { ...viewerOf(actor), readsHiddenText: true };
    return (await this.queries.list(actor, consultationId, status)).map((row) =>
      toContributionModel(row, viewer),
    );
  }

  @Query(() => ContributionPageModel, {
    description:
      'Every contribution to answer (published or hidden, replies included), oldest first, by answer state and kind (committee)',
  })
  @RequireBodyRole('DISPOSE_CONTRIBUTIONS')
  async contributionsToAnswer(
    @CurrentActor() actor: Actor,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('answer', { type: () => AnswerStateEnum, nullable: true }) answer: AnswerState | null,
    @Args('kinds', { type: () => [ContributionKindEnum], nullable: true }) kinds: ContributionKind[] | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ContributionPageModel> {
    const page = await this.queries.toAnswer(actor, { consultationId, answer, kinds }, first, after);
    const viewer = { ...viewerOf(actor), readsHiddenText: true };
    return {
      nodes: page.rows.map((row) => toContributionModel(row, viewer)),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
      totalCount: page.totalCount,
    };
  }

  @Query(() => ContributionPageModel, {
    description: 'Published contributions whose published answer links to this intervention or SWOT item',
  })
  @Public()
  async contributionsThatShaped(
    @CurrentActor() actor: Actor | null,
    @Args('interventionId', { type: () => ID, nullable: true }) interventionId: string | null,
    @Args('swotItemId', { type: () => ID, nullable: true }) swotItemId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ContributionPageModel> {
    const page = await this.queries.shaping(actor, { interventionId, swotItemId }, first, after);
    const viewer = viewerOf(actor);
    return {
      nodes: page.rows.map((row) => toContributionModel(row, viewer)),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
      totalCount: page.totalCount,
    };
  }
}
