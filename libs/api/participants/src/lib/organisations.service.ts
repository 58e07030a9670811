import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@piano2030/api-core';
import type { OrganisationsArgs } from './dto/participants.args';
import { OrganisationEntity } from './entities/organisation.entity';

const HAS_VERIFIED_REPRESENTATIVE = `EXISTS (SELECT 1 FROM organisation_representatives r
  WHERE r.organisation_id = o.id AND r.status = 'VERIFIED')`;

/** Escapes LIKE's wildcards, so a search for "50%" finds "50%", not everything starting with 50. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The public view of organisations: only those with a representative verified by an administrator. */
@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By name; CITIZEN is no organisation's category, so it lists none. */
  list(args: OrganisationsArgs = {}): Promise<OrganisationEntity[]> {
    const query = this.verified();
    if (args.category) query.andWhere('o.category = :category', { category: args.category });
    if (args.search)
      query.andWhere(`o.name ILIKE :pattern ESCAPE '\\'`, { pattern: likePattern(args.search) });
    return query.orderBy('o.nameKey', 'ASC').getMany();
  }

  async get(id: string): Promise<OrganisationEntity> {
    const organisation = await this.verified().andWhere('o.id = :id', { id }).getOne();
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  private verified(): SelectQueryBuilder<OrganisationEntity> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where(HAS_VERIFIED_REPRESENTATIVE);
  }
}
