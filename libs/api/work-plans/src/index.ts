export { WorkPlansModule } from './lib/work-plans.module';
export { WORK_PLANS_ENTITIES } from './lib/work-plans.entities';
/** For start-up data (the demo) that goes through the same rules as users. */
export { ActivitiesService } from './lib/activities.service';
export { WorkPlanReportsService } from './lib/work-plan-reports.service';
export { WorkPlansService } from './lib/work-plans.service';
