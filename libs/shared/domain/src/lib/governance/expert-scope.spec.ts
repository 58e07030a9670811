import { expertScopeCovers, type ExpertScope } from './expert-scope';

const SCOPE: ExpertScope = {
  phaseCodes: ['LISTENING'],
  areaCodes: ['INFRASTRUCTURE', 'TOURISM'],
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  endedOn: null,
};

describe('expertScopeCovers', () => {
  it.each<[string, Partial<ExpertScope>, string | null, string | null, string, string | null]>([
    ['an engaged area, inside the dates', {}, 'TOURISM', null, '2026-04-10', null],
    ['an engaged phase, inside the dates', {}, null, 'LISTENING', '2026-04-10', null],
    ['the first day', {}, 'TOURISM', null, '2026-03-01', null],
    ['the last day', {}, 'TOURISM', null, '2026-06-30', null],
    ['the day before the start', {}, 'TOURISM', null, '2026-02-28', 'the engagement starts on 2026-03-01'],
    ['the day after the end', {}, 'TOURISM', null, '2026-07-01', 'the engagement ended on 2026-06-30'],
    [
      'after an early termination',
      { endedOn: '2026-04-01' },
      'TOURISM',
      null,
      '2026-04-02',
      'the engagement ended on 2026-04-01',
    ],
    [
      'another area',
      {},
      'CULTURE',
      null,
      '2026-04-10',
      'the subject is outside the phases and areas of the engagement',
    ],
    [
      'another phase',
      {},
      null,
      'ADOPTION',
      '2026-04-10',
      'the subject is outside the phases and areas of the engagement',
    ],
    [
      'a subject with neither area nor phase',
      {},
      null,
      null,
      '2026-04-10',
      'the subject is outside the phases and areas of the engagement',
    ],
  ])('%s', (_case, overrides, areaCode, phaseCode, today, reason) => {
    const verdict = expertScopeCovers({ ...SCOPE, ...overrides }, { areaCode, phaseCode }, today);
    expect(verdict).toEqual(reason === null ? { inScope: true } : { inScope: false, reason });
  });
});
