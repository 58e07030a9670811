import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { GlobalRole } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';
import type { PersonModel } from './models/person.model';
import { publicNames } from './public-names';

export function createIamLoaders(dataSource: DataSource) {
  return {
    rolesByUser: new DataLoader<string, GlobalRole[]>(async (userIds) => {
      const rows = await dataSource.getRepository(UserRoleEntity).find({
        where: { userId: In([...userIds]) },
        order: { role: 'ASC' },
      });
      const byUser = new Map<string, GlobalRole[]>();
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role]);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
    personById: new DataLoader<string, PersonModel | null>(async (userIds) => {
      const rows = await dataSource.getRepository(UserEntity).find({
        where: { id: In([...userIds]) },
        select: { id: true, displayName: true },
      });
      const byId = new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.displayName }]));
      return userIds.map((id) => byId.get(id) ?? null);
    }),
    /** How each person appears in public (initials unless they chose their full name); null for no account. */
    publicNameByUserId: new DataLoader<string, string | null>(async (userIds) => {
      const names = await publicNames(dataSource.manager, userIds);
      return userIds.map((id) => names.get(id) ?? null);
    }),
  };
}

export type IamLoaders = ReturnType<typeof createIamLoaders>;

export const IAM_LOADERS = 'iam';

export function iamLoaders(context: RequestContext): IamLoaders {
  return context.loaders[IAM_LOADERS] as IamLoaders;
}
