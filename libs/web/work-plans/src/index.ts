export { WorkPlanPage } from './lib/plan/work-plan-page';
export { WorkPlansPage } from './lib/list/work-plans-page';
