import DataLoader from 'dataloader';
import {
  In,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

type Key<E> = keyof E & string;

/** Rows grouped by a foreign key, one query per batch; `extra` narrows (e.g. open memberships only). */
export function manyBy<E extends ObjectLiteral>(
  repo: Repository<E>,
  key: Key<E>,
  order: FindOptionsOrder<E>,
  extra: FindOptionsWhere<E> = {},
): DataLoader<string, E[]> {
  return new DataLoader(async (ids) => {
    const rows = await repo.find({ where: { ...extra, [key]: In([...ids]) } as FindOptionsWhere<E>, order });
    return ids.map((id) => rows.filter((row) => row[key] === id));
  });
}

/** One row per key, or null. */
export function oneBy<E extends ObjectLiteral>(
  repo: Repository<E>,
  key: Key<E>,
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await repo.find({ where: { [key]: In([...ids]) } as FindOptionsWhere<E> });
    return ids.map((id) => rows.find((row) => row[key] === id) ?? null);
  });
}
