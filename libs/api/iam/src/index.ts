export { IamModule } from './lib/iam.module';
export { AccountsService, type AccountSpec } from './lib/accounts.service';
export { IAM_ENTITIES } from './lib/iam.entities';
export { iamLoaders, type IamLoaders } from './lib/iam.loaders';
export { PersonModel } from './lib/models/person.model';
export type { IamOptions } from './lib/iam.options';
/** For foreign keys from other domains' entities; read accounts through AccountsService. */
export { UserEntity } from './lib/entities/user.entity';
