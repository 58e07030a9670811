export { IamModule } from './lib/iam.module';
export { AccountsService, type AccountSpec } from './lib/accounts.service';
export { IAM_ENTITIES } from './lib/iam.entities';
export type { IamOptions } from './lib/iam.options';
