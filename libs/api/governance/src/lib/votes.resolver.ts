import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequireBodyRole, type Actor } from '@piano2030/api-core';
import { VotesService } from './votes.service';
import { CastVoteInput, OpenVoteInput } from './dto/vote.inputs';
import { DecisionModel } from './models/decision.model';
import { BallotModel, VoteModel } from './models/vote.model';

@Resolver()
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => VoteModel, { description: 'Opens a vote on an agenda item (the chair)' })
  @RequireBodyRole('OPEN_VOTE')
  openVote(@CurrentActor() actor: Actor, @Args('input') input: OpenVoteInput): Promise<VoteModel> {
    return this.votes.open(actor, input);
  }

  @Mutation(() => BallotModel, { description: "Casts or changes the caller's ballot while the vote is open" })
  @RequireBodyRole('CAST_VOTE')
  castVote(@CurrentActor() actor: Actor, @Args('input') input: CastVoteInput): Promise<BallotModel> {
    return this.votes.cast(actor, input);
  }

  @Mutation(() => DecisionModel, {
    description: 'Closes a vote (the chair); its outcome becomes a numbered decision',
  })
  @RequireBodyRole('CLOSE_VOTE')
  closeVote(
    @CurrentActor() actor: Actor,
    @Args('voteId', { type: () => ID }) voteId: string,
  ): Promise<DecisionModel> {
    return this.votes.close(actor, voteId);
  }
}
