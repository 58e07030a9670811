import type { EntityManager } from 'typeorm';
import type { ContributionEntity } from './entities/contribution.entity';

/** Published contributions count on their consultation and on their parent, in the same transaction. */
export async function countPublished(
  manager: EntityManager,
  contribution: ContributionEntity,
  delta: number,
): Promise<void> {
  await manager.query('UPDATE consultations SET contribution_count = contribution_count + $2 WHERE id = $1', [
    contribution.consultationId,
    delta,
  ]);
  if (contribution.parentId) {
    await manager.query('UPDATE contributions SET reply_count = reply_count + $2 WHERE id = $1', [
      contribution.parentId,
      delta,
    ]);
  }
}
