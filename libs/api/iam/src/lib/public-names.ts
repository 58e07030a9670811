import { In, type EntityManager } from 'typeorm';
import { publicNameOf } from '@piano2030/shared-domain';
import { UserEntity } from './entities/user.entity';

/** Public names by account id, with whatever manager the caller reads with. */
export async function publicNames(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = ids.length
    ? await manager.find(UserEntity, {
        where: { id: In([...new Set(ids)]) },
        select: { id: true, displayName: true, publicNameMode: true },
      })
    : [];
  return new Map(rows.map((row) => [row.id, publicNameOf(row.displayName, row.publicNameMode)]));
}
