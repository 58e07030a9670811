import type { Actor } from '@piano2030/api-core';
import type { AccountsService } from '@piano2030/api-iam';

export interface DemoPeople {
  id(local: string): string;
  /** Acting as that demo account, as the seeds do through the services. */
  as(local: string): Actor;
}

/** The demo accounts by the local part of their e-mail; null when one is missing (not a demo database). */
export async function demoPeople(
  accounts: AccountsService,
  locals: readonly string[],
): Promise<DemoPeople | null> {
  const people = new Map<string, string>();
  for (const local of locals) {
    const user = await accounts.findByEmail(`${local}@piano2030.demo`);
    if (!user) return null;
    people.set(local, user.id);
  }
  const id = (local: string) => people.get(local)!;
  return {
    id,
    as: (local) => ({ userId: id(local), sessionId: 'demo-seed', displayName: local, roles: [] }),
  };
}
