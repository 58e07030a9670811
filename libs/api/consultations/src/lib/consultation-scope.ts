import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { InvalidInputError, type FieldErrors } from '@piano2030/api-core';
import { SwotItemEntity } from '@piano2030/api-context';
import { InterventionEntity } from '@piano2030/api-interventions';
import { requireReferenceCodes } from '@piano2030/api-reference';
import type { InterventionStatus, SwotItemStatus } from '@piano2030/shared-domain';

/** What a consultation is about: one or more areas, and optionally interventions and SWOT items of them. */
export interface ConsultationScopeInput {
  areaCodes: readonly string[];
  interventionIds: readonly string[];
  swotItemIds: readonly string[];
}

export interface ScopedIntervention {
  id: string;
  reference: string;
  areaCode: string;
  status: InterventionStatus;
}

export interface ScopedSwotItem {
  id: string;
  areaCode: string;
  status: SwotItemStatus;
}

const add = (errors: FieldErrors, field: string, message: string) => {
  (errors[field] ??= []).push(message);
};

/** Lists keep their first occurrence of each entry, in order. */
export const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The rules of the scope, given the interventions and SWOT items that exist among those named:
 * each must exist, interventions must be public (neither a draft nor discarded), SWOT items not
 * withdrawn, and each must belong to one of the consultation's areas. Errors name the entry
 * (`interventionIds.2`), so a form can point at it.
 */
export function scopeProblems(
  scope: ConsultationScopeInput,
  found: { interventions: readonly ScopedIntervention[]; swotItems: readonly ScopedSwotItem[] },
): FieldErrors {
  const errors: FieldErrors = {};
  const areas = new Set(scope.areaCodes);
  const outside = (what: string, areaCode: string) =>
    `${what} is in area ${areaCode}, which is not among the consultation's areas (${
      [...areas].join(', ') || 'none yet'
    }): add ${areaCode} to areaCodes or remove it`;
  scope.interventionIds.forEach((id, i) => {
    const field = `interventionIds.${i}`;
    const intervention = found.interventions.find((row) => row.id === id);
    if (!intervention) return add(errors, field, `${id} is not an intervention`);
    const name = `intervention ${intervention.reference}`;
    if (intervention.status === 'DRAFT')
      add(errors, field, `${name} is a draft: publish it before consulting on it`);
    else if (intervention.status === 'DISCARDED') add(errors, field, `${name} was discarded`);
    if (!areas.has(intervention.areaCode)) add(errors, field, outside(name, intervention.areaCode));
  });
  scope.swotItemIds.forEach((id, i) => {
    const field = `swotItemIds.${i}`;
    const item = found.swotItems.find((row) => row.id === id);
    if (!item) return add(errors, field, `${id} is not a SWOT item`);
    if (item.status === 'WITHDRAWN') add(errors, field, 'the SWOT item was withdrawn');
    if (!areas.has(item.areaCode)) add(errors, field, outside('the SWOT item', item.areaCode));
  });
  return errors;
}

/** Checks a consultation's scope against the reference data, the register and the SWOT analysis. */
@Injectable()
export class ConsultationScope {
  /** Every problem of the scope, by field; empty when it is sound. */
  async problems(manager: EntityManager, scope: ConsultationScopeInput): Promise<FieldErrors> {
    const errors: FieldErrors = {};
    try {
      await requireReferenceCodes(
        manager,
        'area',
        scope.areaCodes.map((code, i) => ({ field: `areaCodes.${i}`, code })),
      );
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      Object.assign(errors, error.fieldErrors);
    }
    const interventionIds = distinct(scope.interventionIds);
    const swotItemIds = distinct(scope.swotItemIds);
    const interventions = interventionIds.length
      ? await manager.find(InterventionEntity, {
          where: { id: In(interventionIds) },
          select: { id: true, areaCode: true, number: true, status: true },
        })
      : [];
    const swotItems = swotItemIds.length
      ? await manager.find(SwotItemEntity, {
          where: { id: In(swotItemIds) },
          select: { id: true, areaCode: true, status: true },
        })
      : [];
    const found = {
      interventions: interventions.map((row) => ({
        id: row.id,
        reference: `${row.areaCode}.${row.number}`,
        areaCode: row.areaCode,
        status: row.status,
      })),
      swotItems,
    };
    for (const [field, messages] of Object.entries(scopeProblems(scope, found)))
      for (const message of messages) add(errors, field, message);
    return errors;
  }

  async require(manager: EntityManager, scope: ConsultationScopeInput): Promise<void> {
    const errors = await this.problems(manager, scope);
    if (Object.keys(errors).length) throw new InvalidInputError(errors);
  }
}
