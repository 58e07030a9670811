import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { dispositionLoaders } from './dispositions.loaders';
import { ContributionModel } from './models/contribution.model';
import { needsCommittee, toDispositionModel } from './models/disposition.mappers';
import { DispositionModel } from './models/disposition.model';

@Resolver(() => ContributionModel)
export class ContributionDispositionResolver {
  @ResolveField(() => DispositionModel, {
    nullable: true,
    description: "The committee's answer: public once published; the committee also sees prepared ones",
  })
  async disposition(
    @Parent() contribution: ContributionModel,
    @Context() ctx: RequestContext,
  ): Promise<DispositionModel | null> {
    const loaders = dispositionLoaders(ctx);
    const row = await loaders.byContribution.load(contribution.id);
    if (!row) return null;
    const committee = needsCommittee(row) ? await loaders.viewerAnswers(ctx.req.actor ?? null) : false;
    if (!row.publishedAt && !committee) return null;
    return toDispositionModel(row, committee);
  }
}
