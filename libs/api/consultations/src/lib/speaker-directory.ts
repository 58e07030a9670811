import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService } from '@piano2030/api-iam';
import { ParticipantsService } from '@piano2030/api-participants';

export interface SpeakerNames {
  /** Persons by their public name (initials unless they chose otherwise). */
  people: Map<string, string>;
  organisations: Map<string, string>;
}

/** How authors appear in public: persons by their chosen public name, organisations by name. */
@Injectable()
export class SpeakerDirectory {
  constructor(
    private readonly accounts: AccountsService,
    private readonly participants: ParticipantsService,
  ) {}

  async names(
    manager: EntityManager,
    userIds: readonly string[],
    organisationIds: readonly string[],
  ): Promise<SpeakerNames> {
    const unique = <T>(values: readonly T[]) => [...new Set(values)];
    return {
      people: await this.accounts.publicNames(manager, unique(userIds)),
      organisations: await this.participants.organisationNames(manager, unique(organisationIds)),
    };
  }
}
