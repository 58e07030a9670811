import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, type Actor, type RequestContext } from '@piano2030/api-core';
import { decideConsultationAction } from '@piano2030/shared-domain';
import { ConsultationAccess } from './consultation-access';
import { dispositionRowsByContributions, type DispositionRow } from './disposition-rows';

export function createDispositionLoaders(dataSource: DataSource, access: ConsultationAccess) {
  const answers = new Map<string, Promise<boolean>>();
  return {
    /** Prepared or published: one statement for a whole page of contributions. */
    byContribution: new DataLoader<string, DispositionRow | null>(async (ids) => {
      const rows = await dispositionRowsByContributions(dataSource.manager, ids);
      return ids.map((id) => rows.find((row) => row.contributionId === id) ?? null);
    }),
    /** Whether the caller answers contributions (the committee), asked at most once per request. */
    viewerAnswers(actor: Actor | null): Promise<boolean> {
      if (!actor) return Promise.resolve(false);
      let answer = answers.get(actor.userId);
      if (!answer) {
        answer = access
          .standing(dataSource.manager, actor)
          .then((standing) => decideConsultationAction(standing, 'DISPOSE_CONTRIBUTIONS').allowed);
        answers.set(actor.userId, answer);
      }
      return answer;
    },
  };
}

export const DISPOSITION_LOADERS = 'dispositions';

export function dispositionLoaders(context: RequestContext): ReturnType<typeof createDispositionLoaders> {
  return context.loaders[DISPOSITION_LOADERS] as ReturnType<typeof createDispositionLoaders>;
}

/** Registers the loaders of answers with the per-request registry when the module starts. */
@Injectable()
export class DispositionLoadersRegistration implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly access: ConsultationAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(DISPOSITION_LOADERS, () => createDispositionLoaders(this.dataSource, this.access));
  }
}
