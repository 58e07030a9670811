import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import type { RequestContext } from '@piano2030/api-core';
import { MembershipEntity } from './entities/membership.entity';

function groupByBody(rows: MembershipEntity[], bodyIds: readonly string[]): MembershipEntity[][] {
  const byBody = new Map<string, MembershipEntity[]>();
  for (const row of rows) byBody.set(row.bodyId, [...(byBody.get(row.bodyId) ?? []), row]);
  return bodyIds.map((id) => byBody.get(id) ?? []);
}

const ORDER = { role: 'ASC', termFrom: 'ASC', createdAt: 'ASC' } as const;

export function createGovernanceLoaders(dataSource: DataSource) {
  const memberships = dataSource.getRepository(MembershipEntity);
  return {
    openMembershipsByBody: new DataLoader<string, MembershipEntity[]>(async (bodyIds) =>
      groupByBody(
        await memberships.find({ where: { bodyId: In([...bodyIds]), endedOn: IsNull() }, order: ORDER }),
        bodyIds,
      ),
    ),
    allMembershipsByBody: new DataLoader<string, MembershipEntity[]>(async (bodyIds) =>
      groupByBody(await memberships.find({ where: { bodyId: In([...bodyIds]) }, order: ORDER }), bodyIds),
    ),
  };
}

export const GOVERNANCE_LOADERS = 'governance';

export function governanceLoaders(context: RequestContext): ReturnType<typeof createGovernanceLoaders> {
  return context.loaders[GOVERNANCE_LOADERS] as ReturnType<typeof createGovernanceLoaders>;
}
