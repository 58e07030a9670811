import { Context, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import {
  activityStatus,
  decideWorkPlanAction,
  quarterLabel,
  todayInItaly,
  type ActivityStatus,
} from '@piano2030/shared-domain';
import { ActivityStatusEnum } from './models/work-plan.enums';
import { WorkPlanActivityModel } from './models/work-plan.model';
import { viewerStanding, workPlanLoaders } from './work-plans.loaders';

@ObjectType('CarriedOverFrom', { description: 'The earlier quarter an activity was carried over from' })
class CarriedFromModel {
  @Field(() => ID)
  activityId!: string;

  @Field(() => ID)
  workPlanId!: string;

  @Field()
  quarter!: string;

  @Field(() => ActivityStatusEnum)
  status!: ActivityStatus;

  @Field(() => Int)
  progress!: number;
}

@Resolver(() => WorkPlanActivityModel)
export class WorkPlanActivityResolver {
  @ResolveField(() => ActivityStatusEnum, { description: 'LATE once the due date has passed unfinished' })
  status(@Parent() activity: WorkPlanActivityModel): ActivityStatus {
    return activityStatus(activity.storedStatus, activity.dueOn, todayInItaly());
  }

  @ResolveField(() => PersonModel, { nullable: true })
  owner(@Parent() activity: WorkPlanActivityModel, @Context() ctx: RequestContext) {
    return iamLoaders(ctx).personById.load(activity.ownerId);
  }

  @ResolveField(() => [PersonModel])
  async contributors(@Parent() activity: WorkPlanActivityModel, @Context() ctx: RequestContext) {
    const people = await iamLoaders(ctx).personById.loadMany(activity.contributorIds);
    return people.filter((p): p is PersonModel => !!p && !(p instanceof Error));
  }

  @ResolveField(() => CarriedFromModel, { nullable: true })
  async carriedFrom(
    @Parent() activity: WorkPlanActivityModel,
    @Context() ctx: RequestContext,
  ): Promise<CarriedFromModel | null> {
    if (!activity.carriedFromId) return null;
    const loaders = workPlanLoaders(ctx);
    const source = await loaders.activityById.load(activity.carriedFromId);
    const version = source && (await loaders.versionById.load(source.versionId));
    const plan = version && (await loaders.planById.load(version.workPlanId));
    if (!source || !plan) return null;
    return {
      activityId: source.id,
      workPlanId: plan.id,
      quarter: quarterLabel(plan),
      status: activityStatus(source.status, source.dueOn, todayInItaly()),
      progress: source.progress,
    };
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may report status and progress now' })
  async canReport(
    @Parent() activity: WorkPlanActivityModel,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    const loaders = workPlanLoaders(ctx);
    const version = await loaders.versionById.load(activity.versionId);
    const plan = version && (await loaders.planById.load(version.workPlanId));
    if (!plan || version.status !== 'ADOPTED') return false;
    const standing = await viewerStanding(ctx);
    const owner = ctx.req.actor?.userId === activity.ownerId;
    return decideWorkPlanAction({ ...standing, owner }, 'REPORT_PROGRESS', { plan: plan.status }).allowed;
  }
}
