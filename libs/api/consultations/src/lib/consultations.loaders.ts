import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { oneBy, type RequestContext } from '@piano2030/api-core';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionEntity } from './entities/contribution.entity';

/** `${userId}:${contributionId}`: whether that person supports that contribution. */
export const supportKey = (userId: string, contributionId: string) => `${userId}:${contributionId}`;

export function createConsultationLoaders(dataSource: DataSource) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    consultationById: oneBy(repo(ConsultationEntity), 'id'),
    contributionById: oneBy(repo(ContributionEntity), 'id'),
    supported: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: { key: string }[] = await dataSource.query(
        `SELECT user_id || ':' || contribution_id AS key FROM contribution_supports
         WHERE (user_id, contribution_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [pairs.map(([user]) => user), pairs.map(([, contribution]) => contribution)],
      );
      const found = new Set(rows.map((row) => row.key));
      return keys.map((key) => found.has(key));
    }),
  };
}

export const CONSULTATION_LOADERS = 'consultations';

export function consultationLoaders(context: RequestContext): ReturnType<typeof createConsultationLoaders> {
  return context.loaders[CONSULTATION_LOADERS] as ReturnType<typeof createConsultationLoaders>;
}
