import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { describeOutcome, pickLocale, type PartyCode } from '@piano2030/shared-domain';
import { LocaleArg, Public, chooseLocale, type RequestContext } from '@piano2030/api-core';
import { DecisionsService } from './decisions.service';
import { governanceLoaders } from './governance.loaders';
import { BodyModel } from './models/body.model';
import { DecisionModel, DecisionTallyModel } from './models/decision.model';
import { toBodyModel } from './models/governance.mappers';
import { MeetingModel } from './models/meeting.model';
import { BallotModel } from './models/vote.model';

@Resolver(() => DecisionModel)
export class DecisionsResolver {
  constructor(private readonly register: DecisionsService) {}

  @Query(() => [DecisionModel], { description: 'The decisions register, newest first; public' })
  @Public()
  decisions(
    @Args('bodyId', { type: () => ID, nullable: true }) bodyId?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<DecisionModel[]> {
    return this.register.list({ bodyId, year });
  }

  @Query(() => DecisionModel)
  @Public()
  decision(@Args('id', { type: () => ID }) id: string): Promise<DecisionModel> {
    return this.register.get(id);
  }

  @ResolveField(() => String, { description: 'As cited: "n. 3/2026"' })
  reference(@Parent() decision: DecisionModel): string {
    return `n. ${decision.number}/${decision.year}`;
  }

  @ResolveField(() => String, {
    description: 'The result and why, e.g. "approved: 5 of 6 present, 4 for..."',
  })
  async reason(
    @Parent() decision: DecisionModel,
    @Args('locale', { type: () => LocaleArg, nullable: true }) locale: LocaleArg | null,
    @Context() ctx: RequestContext,
  ): Promise<string> {
    const language = chooseLocale(locale, ctx.req);
    const parties = await governanceLoaders(ctx).parties.load('all');
    const partyName = (code: PartyCode) => {
      const party = parties.find((p) => p.code === code);
      return party ? pickLocale(party.name, language) : code;
    };
    return describeOutcome(decision.outcome, language, partyName);
  }

  @ResolveField(() => DecisionTallyModel)
  tally(@Parent() decision: DecisionModel): DecisionTallyModel {
    return decision.outcome.tally;
  }

  @ResolveField(() => Int)
  present(@Parent() decision: DecisionModel): number {
    return decision.outcome.present;
  }

  @ResolveField(() => Int, { description: 'Voting members of the body when the vote closed' })
  members(@Parent() decision: DecisionModel): number {
    return decision.outcome.members;
  }

  @ResolveField(() => BodyModel)
  async body(@Parent() decision: DecisionModel, @Context() ctx: RequestContext): Promise<BodyModel> {
    const body = await governanceLoaders(ctx).bodyById.load(decision.bodyId);
    if (!body) throw new Error(`Decision ${decision.id} points at a missing body`);
    return toBodyModel(body);
  }

  @ResolveField(() => MeetingModel)
  async meeting(@Parent() decision: DecisionModel, @Context() ctx: RequestContext): Promise<MeetingModel> {
    const meeting = await governanceLoaders(ctx).meetingById.load(decision.meetingId);
    if (!meeting) throw new Error(`Decision ${decision.id} points at a missing meeting`);
    return meeting;
  }

  @ResolveField(() => [BallotModel], { description: 'The roll call: how each seat voted' })
  ballots(@Parent() decision: DecisionModel, @Context() ctx: RequestContext): Promise<BallotModel[]> {
    return governanceLoaders(ctx).ballotsByVote.load(decision.voteId);
  }
}
