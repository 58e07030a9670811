import { Context, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLLocalDate, type RequestContext } from '@piano2030/api-core';
import { DecisionModel } from '@piano2030/api-governance';
import {
  WORK_PLAN_ACTIONS,
  decideWorkPlanAction,
  quarterBounds,
  quarterLabel,
  type WorkPlanAction,
} from '@piano2030/shared-domain';
import { WorkPlanActionEnum } from './models/work-plan.enums';
import { toProgressModel } from './models/work-plan.mappers';
import { WorkPlanProgressModel } from './models/progress.model';
import { ReportContentModel } from './models/report.model';
import { WorkPlanModel, WorkPlanVersionModel } from './models/work-plan.model';
import { WorkPlanQueries } from './work-plan-queries.service';
import { WorkPlanReportsService } from './work-plan-reports.service';
import { viewerStanding, visibleVersions, workPlanLoaders } from './work-plans.loaders';

@ObjectType('Quarter')
class QuarterModel {
  @Field()
  label!: string;

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;
}

@Resolver(() => WorkPlanModel)
export class WorkPlanResolver {
  constructor(
    private readonly queries: WorkPlanQueries,
    private readonly reports: WorkPlanReportsService,
  ) {}

  @ResolveField(() => QuarterModel, { description: 'The quarter the plan covers, e.g. "Q3 2026"' })
  period(@Parent() plan: WorkPlanModel): QuarterModel {
    return { label: quarterLabel(plan), ...quarterBounds(plan) };
  }

  @ResolveField(() => [WorkPlanVersionModel], { description: 'Versions the caller may read, oldest first' })
  versions(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext): Promise<WorkPlanVersionModel[]> {
    return visibleVersions(ctx, plan.id);
  }

  @ResolveField(() => WorkPlanVersionModel, { description: 'The latest version the caller may read' })
  async currentVersion(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    return (await visibleVersions(ctx, plan.id)).at(-1) as WorkPlanVersionModel;
  }

  @ResolveField(() => WorkPlanVersionModel, { nullable: true })
  async adoptedVersion(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    return (await visibleVersions(ctx, plan.id)).find((v) => v.status === 'ADOPTED') ?? null;
  }

  @ResolveField(() => DecisionModel, {
    nullable: true,
    description: 'The Cabina decision that adopted the plan',
  })
  adoptedBy(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    return plan.adoptedDecisionId ? workPlanLoaders(ctx).decisionById.load(plan.adoptedDecisionId) : null;
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'The Cabina decision on the report' })
  reportDecision(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    return plan.reportDecisionId ? workPlanLoaders(ctx).decisionById.load(plan.reportDecisionId) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The Cabina meeting the report was submitted to' })
  async reportMeetingId(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    if (!plan.reportAgendaItemId) return null;
    return (await workPlanLoaders(ctx).agendaItemById.load(plan.reportAgendaItemId))?.meetingId ?? null;
  }

  @ResolveField(() => ReportContentModel, {
    nullable: true,
    description: 'The report from the data, once the plan is closed',
  })
  report(@Parent() plan: WorkPlanModel) {
    return plan.reportStatus === 'NONE' ? null : this.reports.content(plan);
  }

  @ResolveField(() => WorkPlanProgressModel)
  async progress(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext) {
    return toProgressModel(await this.queries.progress(ctx, plan));
  }

  @ResolveField(() => [WorkPlanActionEnum], {
    description: "What the caller may do to the plan now; an activity's progress is on the activity",
  })
  async myCapabilities(
    @Parent() plan: WorkPlanModel,
    @Context() ctx: RequestContext,
  ): Promise<WorkPlanAction[]> {
    const standing = await viewerStanding(ctx);
    const state = { plan: plan.status, report: plan.reportStatus };
    return WORK_PLAN_ACTIONS.filter((action) => decideWorkPlanAction(standing, action, state).allowed);
  }

  @ResolveField(() => Int, { description: 'How many activities the tracked version has' })
  async activityCount(@Parent() plan: WorkPlanModel, @Context() ctx: RequestContext): Promise<number> {
    return (await this.queries.trackedActivities(ctx, plan)).length;
  }
}
