import {
  ORGANISATION_LIMITS as L,
  isOrganisationCategory,
  isValidTaxCode,
  isWebsite,
} from '@piano2030/shared-domain';
import type { FieldMessages } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';

export type OrganisationChoice = 'EXISTING' | 'NEW';

export interface RequestValues {
  choice: OrganisationChoice;
  organisationId: string;
  name: string;
  category: string;
  taxCode: string;
  website: string;
  role: string;
}

export const EMPTY_REQUEST: RequestValues = {
  choice: 'EXISTING',
  organisationId: '',
  name: '',
  category: '',
  taxCode: '',
  website: '',
  role: '',
};

/** The form's controls by the API's field names, in the order a reader meets them. */
export const FIELD_IDS = {
  organisationId: 'representation-organisation',
  'newOrganisation.name': 'representation-name',
  'newOrganisation.category': 'representation-category',
  'newOrganisation.taxCode': 'representation-tax-code',
  'newOrganisation.website': 'representation-website',
  title: 'representation-role',
} as const;

type Field = keyof typeof FIELD_IDS;

/** Each field's rule in the reader's language: shown for the form's own checks and for the API's. */
export function requestRules(t: TFunction): Record<Field, string> {
  return {
    organisationId: t('participants.mine.checks.organisation'),
    'newOrganisation.name': t('participants.mine.checks.name', {
      min: L.nameMinLength,
      max: L.nameMaxLength,
    }),
    'newOrganisation.category': t('participants.mine.checks.category'),
    'newOrganisation.taxCode': t('participants.mine.checks.taxCode'),
    'newOrganisation.website': t('participants.mine.checks.website'),
    title: t('participants.mine.checks.role', { min: L.titleMinLength, max: L.titleMaxLength }),
  };
}

const between = (text: string, min: number, max: number) => text.length >= min && text.length <= max;

/** The obvious slips, caught before a round trip; the API has the final word. */
export function checkRequest(values: RequestValues, t: TFunction): FieldMessages {
  const rules = requestRules(t);
  const failed: Field[] = [];
  if (values.choice === 'EXISTING') {
    if (!values.organisationId) failed.push('organisationId');
  } else {
    if (!between(values.name.trim(), L.nameMinLength, L.nameMaxLength)) failed.push('newOrganisation.name');
    if (!isOrganisationCategory(values.category)) failed.push('newOrganisation.category');
    if (values.taxCode.trim() && !isValidTaxCode(values.taxCode)) failed.push('newOrganisation.taxCode');
    if (values.website.trim() && !isWebsite(values.website.trim())) failed.push('newOrganisation.website');
  }
  if (!between(values.role.trim(), L.titleMinLength, L.titleMaxLength)) failed.push('title');
  return Object.fromEntries(failed.map((field) => [field, [rules[field]]]));
}
