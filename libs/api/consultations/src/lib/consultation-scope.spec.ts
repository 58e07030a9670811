import { distinct, scopeProblems, type ScopedIntervention, type ScopedSwotItem } from './consultation-scope';

const I1 = '11111111-1111-4111-8111-111111111111';
const I2 = '22222222-2222-4222-8222-222222222222';
const S1 = '33333333-3333-4333-8333-333333333333';
const I3 = '44444444-4444-4444-8444-444444444444';
const S2 = '55555555-5555-4555-8555-555555555555';
const S3 = '66666666-6666-4666-8666-666666666666';
const MISSING = '99999999-9999-4999-8999-999999999999';

const intervention = (id: string, areaCode: string, status: ScopedIntervention['status'], number = 1) => ({
  id,
  reference: `${areaCode}.${number}`,
  areaCode,
  status,
});
const swot = (id: string, areaCode: string, status: ScopedSwotItem['status']) => ({ id, areaCode, status });

const FOUND = {
  interventions: [
    intervention(I1, 'PS6', 'IN_CONSULTATION', 3),
    intervention(I2, 'PS2', 'DRAFT', 1),
    intervention(I3, 'PS6', 'DISCARDED', 4),
  ],
  swotItems: [swot(S1, 'PS6', 'PUBLISHED'), swot(S2, 'PS6', 'DRAFT'), swot(S3, 'PS1', 'WITHDRAWN')],
};

const outside = (what: string, area: string, areas: string) =>
  `${what} is in area ${area}, which is not among the consultation's areas (${areas}): add ${area} to areaCodes or remove it`;

describe('scopeProblems', () => {
  it.each<
    [
      string,
      { areaCodes: string[]; interventionIds?: string[]; swotItemIds?: string[] },
      Record<string, string[]>,
    ]
  >([
    ['areas only', { areaCodes: ['PS6', 'PS2'] }, {}],
    ['no areas and nothing else', { areaCodes: [] }, {}],
    ['a public intervention of the area', { areaCodes: ['PS6'], interventionIds: [I1] }, {}],
    [
      'an intervention that does not exist',
      { areaCodes: ['PS6'], interventionIds: [I1, MISSING] },
      { 'interventionIds.1': [`${MISSING} is not an intervention`] },
    ],
    [
      'a draft intervention',
      { areaCodes: ['PS2'], interventionIds: [I2] },
      { 'interventionIds.0': ['intervention PS2.1 is a draft: publish it before consulting on it'] },
    ],
    [
      'a discarded intervention',
      { areaCodes: ['PS6'], interventionIds: [I3] },
      { 'interventionIds.0': ['intervention PS6.4 was discarded'] },
    ],
    [
      'an intervention of another area',
      { areaCodes: ['PS1', 'PS2'], interventionIds: [I1] },
      { 'interventionIds.0': [outside('intervention PS6.3', 'PS6', 'PS1, PS2')] },
    ],
    [
      'a draft intervention of another area: both said',
      { areaCodes: ['PS6'], interventionIds: [I2] },
      {
        'interventionIds.0': [
          'intervention PS2.1 is a draft: publish it before consulting on it',
          outside('intervention PS2.1', 'PS2', 'PS6'),
        ],
      },
    ],
    [
      'an intervention and no areas yet',
      { areaCodes: [], interventionIds: [I1] },
      { 'interventionIds.0': [outside('intervention PS6.3', 'PS6', 'none yet')] },
    ],
    ['a published SWOT item of the area', { areaCodes: ['PS6'], swotItemIds: [S1] }, {}],
    ['a draft SWOT item of the area', { areaCodes: ['PS6'], swotItemIds: [S2] }, {}],
    [
      'a SWOT item that does not exist',
      { areaCodes: ['PS6'], swotItemIds: [MISSING] },
      { 'swotItemIds.0': [`${MISSING} is not a SWOT item`] },
    ],
    [
      'an intervention id given as a SWOT item',
      { areaCodes: ['PS6'], swotItemIds: [I1] },
      { 'swotItemIds.0': [`${I1} is not a SWOT item`] },
    ],
    [
      'a withdrawn SWOT item of another area',
      { areaCodes: ['PS6'], swotItemIds: [S1, S3] },
      {
        'swotItemIds.1': ['the SWOT item was withdrawn', outside('the SWOT item', 'PS1', 'PS6')],
      },
    ],
    [
      'every problem at once, each on its entry',
      { areaCodes: ['PS2'], interventionIds: [I1, MISSING], swotItemIds: [MISSING, S1] },
      {
        'interventionIds.0': [outside('intervention PS6.3', 'PS6', 'PS2')],
        'interventionIds.1': [`${MISSING} is not an intervention`],
        'swotItemIds.0': [`${MISSING} is not a SWOT item`],
        'swotItemIds.1': [outside('the SWOT item', 'PS6', 'PS2')],
      },
    ],
  ])('%s', (_name, scope, expected) => {
    expect(scopeProblems({ interventionIds: [], swotItemIds: [], ...scope }, FOUND)).toEqual(expected);
  });
});

describe('distinct', () => {
  it.each([
    [[], []],
    [['PS6'], ['PS6']],
    [
      ['PS6', 'PS2', 'PS6', 'PS2', 'PS1'],
      ['PS6', 'PS2', 'PS1'],
    ],
  ])('%j → %j', (values, expected) => {
    expect(distinct(values)).toEqual(expected);
  });
});
