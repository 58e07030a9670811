import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundError, isUuid, type Actor } from '@piano2030/api-core';
import { isConsultationPublic, type ConsultationStatus } from '@piano2030/shared-domain';
import { ConsultationAccess } from './consultation-access';
import { ConsultationInvitationEntity } from './entities/consultation-invitation.entity';
import { ConsultationEntity } from './entities/consultation.entity';

/** Consultations as the caller may see them, and whether the caller runs them. */
export interface VisibleConsultations {
  consultations: ConsultationEntity[];
  canManage: boolean;
}

export interface ConsultationFilter {
  status?: ConsultationStatus | null;
  areaCode?: string | null;
}

/**
 * Reading consultations: from SCHEDULED on they are public; drafts exist only for those who run
 * consultations, and to anyone else a draft is NOT_FOUND (not FORBIDDEN: it does not exist yet).
 */
@Injectable()
export class ConsultationQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
  ) {}

  /** Open ones first, then those announced, then the rest; newest opening first within each. */
  async list(actor: Actor | null, filter: ConsultationFilter = {}): Promise<VisibleConsultations> {
    const canManage = await this.access.runsConsultations(this.dataSource.manager, actor);
    if (filter.status === 'DRAFT' && !canManage) return { consultations: [], canManage };
    const query = this.dataSource.getRepository(ConsultationEntity).createQueryBuilder('c');
    if (!canManage) query.andWhere("c.status <> 'DRAFT'");
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.areaCode) query.andWhere(':areaCode = ANY(c.area_codes)', { areaCode: filter.areaCode });
    const consultations = await query
      .orderBy("CASE c.status WHEN 'OPEN' THEN 0 WHEN 'SCHEDULED' THEN 1 ELSE 2 END", 'ASC')
      .addOrderBy('c.opens_at', 'DESC', 'NULLS LAST')
      .addOrderBy('c.created_at', 'DESC')
      .getMany();
    return { consultations, canManage };
  }

  async get(
    actor: Actor | null,
    id: string,
  ): Promise<{ consultation: ConsultationEntity; canManage: boolean }> {
    const consultation = isUuid(id)
      ? await this.dataSource.getRepository(ConsultationEntity).findOneBy({ id })
      : null;
    const canManage = await this.access.runsConsultations(this.dataSource.manager, actor);
    if (!consultation || (!isConsultationPublic(consultation.status) && !canManage))
      throw new NotFoundError('Consultation', id);
    return { consultation, canManage };
  }

  /** Who is invited, for those who run consultations: what setConsultationInvitations replaces. */
  async invitations(
    actor: Actor,
    id: string,
  ): Promise<{ consultationId: string; userIds: string[]; organisationIds: string[] }> {
    await this.access.require(this.dataSource.manager, actor, 'MANAGE_CONSULTATION');
    const { consultation } = await this.get(actor, id);
    const rows = await this.dataSource.getRepository(ConsultationInvitationEntity).find({
      where: { consultationId: consultation.id },
      order: { createdAt: 'ASC' },
    });
    return {
      consultationId: consultation.id,
      userIds: rows.flatMap((row) => (row.userId ? [row.userId] : [])),
      organisationIds: rows.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
    };
  }
}
