import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor, type RequestContext } from '@piano2030/api-core';
import { ActivitiesService } from './activities.service';
import { AddActivityInput, RemoveActivityInput, UpdateActivityInput } from './dto/activity.inputs';
import {
  CloseWorkPlanInput,
  CreateWorkPlanDraftInput,
  ProposeWorkPlanInput,
  ReturnWorkPlanInput,
  ReviseWorkPlanInput,
  SubmitWorkPlanReportInput,
  UpdateWorkPlanReportInput,
} from './dto/work-plan.inputs';
import { toActivityModel, toProgressModel } from './models/work-plan.mappers';
import { WorkPlanProgressModel } from './models/progress.model';
import { WorkPlanActivityModel, WorkPlanModel } from './models/work-plan.model';
import { WorkPlanQueries } from './work-plan-queries.service';
import { WorkPlanReportsService } from './work-plan-reports.service';
import { WorkPlansService } from './work-plans.service';

@Resolver()
export class WorkPlansResolver {
  constructor(
    private readonly queries: WorkPlanQueries,
    private readonly plans: WorkPlansService,
    private readonly activities: ActivitiesService,
    private readonly reports: WorkPlanReportsService,
  ) {}

  @Query(() => [WorkPlanModel], {
    description: 'Quarterly work plans, oldest first; drafts only for members of the two bodies',
  })
  @Public()
  workPlans(@Context() ctx: RequestContext): Promise<WorkPlanModel[]> {
    return this.queries.list(ctx);
  }

  @Query(() => WorkPlanModel)
  @Public()
  workPlan(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WorkPlanModel> {
    return this.queries.get(ctx, id);
  }

  @Query(() => WorkPlanProgressModel, { description: 'Progress overall, by phase and by area' })
  @Public()
  async workPlanProgress(
    @Context() ctx: RequestContext,
    @Args('workPlanId', { type: () => ID }) workPlanId: string,
  ): Promise<WorkPlanProgressModel> {
    return toProgressModel(await this.queries.progress(ctx, await this.queries.get(ctx, workPlanId)));
  }

  @Query(() => [WorkPlanActivityModel], {
    description: "Unfinished activities of the previous quarter's plan that a new draft may carry over",
  })
  @RequireBodyRole('CREATE_DRAFT')
  async workPlanCarryOverCandidates(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
  ): Promise<WorkPlanActivityModel[]> {
    return (await this.queries.carryOverCandidates(actor, { year, quarter })).map(toActivityModel);
  }

  @Mutation(() => WorkPlanModel, { description: "Starts a quarter's plan (committee members)" })
  @RequireBodyRole('CREATE_DRAFT')
  createWorkPlanDraft(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateWorkPlanDraftInput,
  ): Promise<WorkPlanModel> {
    return this.plans.createDraft(actor, input);
  }

  @Mutation(() => WorkPlanActivityModel, { description: 'Adds an activity to a draft (committee members)' })
  @RequireBodyRole('EDIT_DRAFT')
  async addActivity(@CurrentActor() actor: Actor, @Args('input') input: AddActivityInput) {
    return toActivityModel(await this.activities.add(actor, input));
  }

  @Mutation(() => WorkPlanActivityModel, {
    description:
      'Changes an activity: its plan in a draft, its status and progress once adopted (owner or chair)',
  })
  @RequireBodyRole('EDIT_DRAFT')
  async updateActivity(@CurrentActor() actor: Actor, @Args('input') input: UpdateActivityInput) {
    return toActivityModel(await this.activities.update(actor, input));
  }

  @Mutation(() => WorkPlanModel, { description: 'Removes an activity from a draft (committee members)' })
  @RequireBodyRole('EDIT_DRAFT')
  removeActivity(
    @CurrentActor() actor: Actor,
    @Args('input') input: RemoveActivityInput,
  ): Promise<WorkPlanModel> {
    return this.activities.remove(actor, input);
  }

  @Mutation(() => WorkPlanModel, {
    description: 'Freezes the draft and puts it on the agenda of a Cabina meeting (committee members)',
  })
  @RequireBodyRole('PROPOSE')
  proposeWorkPlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProposeWorkPlanInput,
  ): Promise<WorkPlanModel> {
    return this.plans.propose(actor, input);
  }

  @Mutation(() => WorkPlanModel, {
    description: "Returns a proposal with the board's remarks (Cabina chair)",
  })
  @RequireBodyRole('RETURN')
  returnWorkPlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReturnWorkPlanInput,
  ): Promise<WorkPlanModel> {
    return this.plans.returnToCommittee(actor, input);
  }

  @Mutation(() => WorkPlanModel, { description: 'Revises a returned plan into a new draft version' })
  @RequireBodyRole('REVISE')
  reviseWorkPlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReviseWorkPlanInput,
  ): Promise<WorkPlanModel> {
    return this.plans.revise(actor, input);
  }

  @Mutation(() => WorkPlanModel, {
    description: 'Ends execution and opens the quarterly report as a draft (committee chair)',
  })
  @RequireBodyRole('CLOSE')
  closeWorkPlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: CloseWorkPlanInput,
  ): Promise<WorkPlanModel> {
    return this.plans.close(actor, input);
  }

  @Mutation(() => WorkPlanModel, { description: "Edits the report's introduction and next steps" })
  @RequireBodyRole('EDIT_REPORT')
  updateWorkPlanReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateWorkPlanReportInput,
  ): Promise<WorkPlanModel> {
    return this.reports.update(actor, input);
  }

  @Mutation(() => WorkPlanModel, {
    description: 'Freezes the report and puts it on a Cabina agenda for approval (committee chair)',
  })
  @RequireBodyRole('SUBMIT_REPORT')
  submitWorkPlanReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitWorkPlanReportInput,
  ): Promise<WorkPlanModel> {
    return this.reports.submit(actor, input);
  }
}
