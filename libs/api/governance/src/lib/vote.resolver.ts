import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VOTING_ROLES } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import { governanceLoaders } from './governance.loaders';
import { DecisionModel } from './models/decision.model';
import { toMembershipModel } from './models/governance.mappers';
import { MembershipModel } from './models/membership.model';
import { BallotModel, TurnoutModel, VoteModel, VoteTallyModel } from './models/vote.model';

@Resolver(() => VoteModel)
export class VoteResolver {
  @ResolveField(() => TurnoutModel)
  async turnout(@Parent() vote: VoteModel, @Context() ctx: RequestContext): Promise<TurnoutModel> {
    const loaders = governanceLoaders(ctx);
    const [ballots, members] = await Promise.all([
      loaders.ballotsByVote.load(vote.id),
      loaders.openMembershipsByBody.load(vote.bodyId),
    ]);
    return { voted: ballots.length, eligible: members.filter((m) => VOTING_ROLES.includes(m.role)).length };
  }

  @ResolveField(() => Boolean, { description: 'True while the body keeps results hidden until the close' })
  async resultsHidden(@Parent() vote: VoteModel, @Context() ctx: RequestContext): Promise<boolean> {
    const body = await governanceLoaders(ctx).bodyById.load(vote.bodyId);
    return vote.status === 'OPEN' && (body?.resultsHiddenUntilClose ?? true);
  }

  @ResolveField(() => VoteTallyModel, { nullable: true, description: 'Null while results are hidden' })
  async tally(@Parent() vote: VoteModel, @Context() ctx: RequestContext): Promise<VoteTallyModel | null> {
    if (await this.resultsHidden(vote, ctx)) return null;
    const ballots = await governanceLoaders(ctx).ballotsByVote.load(vote.id);
    const count = (choice: string) => ballots.filter((b) => b.choice === choice).length;
    return {
      for: count('FOR'),
      against: count('AGAINST'),
      abstain: count('ABSTAIN'),
      recused: count('RECUSED'),
    };
  }

  @ResolveField(() => BallotModel, { nullable: true, description: 'The ballot the caller cast, if any' })
  async myBallot(@Parent() vote: VoteModel, @Context() ctx: RequestContext): Promise<BallotModel | null> {
    const actor = ctx.req.actor;
    if (!actor) return null;
    const ballots = await governanceLoaders(ctx).ballotsByVote.load(vote.id);
    return ballots.find((b) => b.castBy === actor.userId) ?? null;
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'The decision, once closed' })
  decision(@Parent() vote: VoteModel, @Context() ctx: RequestContext): Promise<DecisionModel | null> {
    return governanceLoaders(ctx).decisionByVote.load(vote.id);
  }
}

@Resolver(() => BallotModel)
export class BallotResolver {
  @ResolveField(() => MembershipModel, { description: 'The seat the ballot is for' })
  async seat(@Parent() ballot: BallotModel, @Context() ctx: RequestContext): Promise<MembershipModel> {
    const membership = await governanceLoaders(ctx).membershipById.load(ballot.membershipId);
    if (!membership) throw new Error(`Ballot points at a missing membership ${ballot.membershipId}`);
    return toMembershipModel(membership);
  }

  @ResolveField(() => PersonModel, { description: 'Who cast it: the member, or their alternate' })
  async castBy(@Parent() ballot: BallotModel, @Context() ctx: RequestContext): Promise<PersonModel> {
    const person = await iamLoaders(ctx).personById.load(ballot.castBy);
    if (!person) throw new Error(`Ballot points at a missing account ${ballot.castBy}`);
    return person;
  }
}
