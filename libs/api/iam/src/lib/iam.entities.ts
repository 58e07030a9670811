import { SessionEntity } from './entities/session.entity';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';

export const IAM_ENTITIES = [UserEntity, UserRoleEntity, SessionEntity];
