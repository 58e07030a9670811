import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { DecisionModel } from '@piano2030/api-governance';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import { diffActivities } from '@piano2030/shared-domain';
import { ActivityChangeModel } from './models/changes.model';
import { toActivityModel } from './models/work-plan.mappers';
import { WorkPlanActivityModel, WorkPlanVersionModel } from './models/work-plan.model';
import { workPlanLoaders } from './work-plans.loaders';

@Resolver(() => WorkPlanVersionModel)
export class WorkPlanVersionResolver {
  @ResolveField(() => [WorkPlanActivityModel])
  async activities(@Parent() version: WorkPlanVersionModel, @Context() ctx: RequestContext) {
    return (await workPlanLoaders(ctx).activitiesByVersion.load(version.id)).map(toActivityModel);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  proposedBy(@Parent() version: WorkPlanVersionModel, @Context() ctx: RequestContext) {
    return version.proposedBy ? iamLoaders(ctx).personById.load(version.proposedBy) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The Cabina meeting the version was proposed to' })
  async meetingId(@Parent() version: WorkPlanVersionModel, @Context() ctx: RequestContext) {
    if (!version.agendaItemId) return null;
    return (await workPlanLoaders(ctx).agendaItemById.load(version.agendaItemId))?.meetingId ?? null;
  }

  @ResolveField(() => DecisionModel, {
    nullable: true,
    description: 'The vote on the version: the decision that adopted it, or one that did not',
  })
  decision(@Parent() version: WorkPlanVersionModel, @Context() ctx: RequestContext) {
    return version.decisionId ? workPlanLoaders(ctx).decisionById.load(version.decisionId) : null;
  }

  @ResolveField(() => [ActivityChangeModel], {
    description: 'What changed from the previous version; empty for the first',
  })
  async changesFromPrevious(
    @Parent() version: WorkPlanVersionModel,
    @Context() ctx: RequestContext,
  ): Promise<ActivityChangeModel[]> {
    const loaders = workPlanLoaders(ctx);
    const previous = (await loaders.versionsByPlan.load(version.workPlanId)).find(
      (v) => v.number === version.number - 1,
    );
    if (!previous) return [];
    const before = await loaders.activitiesByVersion.load(previous.id);
    const after = await loaders.activitiesByVersion.load(version.id);
    const changes = diffActivities(before, after);
    // People are shown by name: ids mean nothing to a reader of the diff.
    const ids = changes.flatMap((c) =>
      c.changes.flatMap((f) =>
        f.field === 'ownerId' || f.field === 'contributorIds' ? [f.before, f.after] : [],
      ),
    );
    const people = await iamLoaders(ctx).personById.loadMany(
      ids.flatMap((list) => list.split('; ')).filter(Boolean),
    );
    const name = (id: string) =>
      people.find((p): p is PersonModel => !!p && !(p instanceof Error) && p.id === id)?.displayName ?? id;
    const names = (list: string) => list.split('; ').filter(Boolean).map(name).join('; ');
    return changes.map((change) => ({
      ...change,
      changes: change.changes.map((f) =>
        f.field === 'ownerId' || f.field === 'contributorIds'
          ? { ...f, before: names(f.before), after: names(f.after) }
          : f,
      ),
    }));
  }
}
