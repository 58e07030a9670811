import { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';

export const WORK_PLANS_ENTITIES = [WorkPlanEntity, WorkPlanVersionEntity, WorkPlanActivityEntity];
