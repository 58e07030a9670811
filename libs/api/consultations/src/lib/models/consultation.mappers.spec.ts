import type { ConsultationEntity } from '../entities/consultation.entity';
import {
  BLANK_CONSULTATION,
  EDITABLE_FIELDS,
  applyConsultationInput,
  changedFields,
  fieldErrorsOf,
  toConsultationModel,
  type EditableColumns,
} from './consultation.mappers';

const NOW = new Date('2026-03-02T09:00:00Z');

const entity = (extra: Partial<ConsultationEntity> = {}): ConsultationEntity =>
  ({
    id: 'c1',
    status: 'DRAFT',
    version: 1,
    title: 'Il turismo lento',
    areaCodes: [],
    interventionIds: [],
    swotItemIds: [],
    planSection: null,
    objectives: '',
    context: '',
    questions: [],
    useOfContributions: '',
    timeline: '',
    resultsReportDue: null,
    opensAt: null,
    closesAt: null,
    shortWindowReason: null,
    preModeration: true,
    participation: 'ORGANISATIONS',
    hideAfterReports: 4,
    lastEventSeq: 7,
    contributionCount: 2,
    openedAt: null,
    closedAt: null,
    createdBy: 'u1',
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  }) as ConsultationEntity;

describe('toConsultationModel', () => {
  it('gives the committee the checklist of a draft', () => {
    const model = toConsultationModel(entity(), true, NOW);
    expect(model.viewerCanManage).toBe(true);
    expect(model.schedulingProblems.map((p) => p.field)).toEqual([
      'objectives',
      'context',
      'useOfContributions',
      'timeline',
      'areaCodes',
      'questions',
      'opensAt',
      'closesAt',
      'resultsReportDue',
    ]);
  });

  it.each([
    ['an outsider, a draft', 'DRAFT', false],
    ['the committee, a scheduled one', 'SCHEDULED', true],
    ['the committee, an open one', 'OPEN', true],
    ['an outsider, an open one', 'OPEN', false],
  ] as const)('gives %s no checklist', (_name, status, canManage) => {
    expect(toConsultationModel(entity({ status }), canManage, NOW)).toMatchObject({
      viewerCanManage: canManage,
      schedulingProblems: [],
    });
  });

  it('shows the window, whether it is short, and the settings', () => {
    const model = toConsultationModel(
      entity({
        opensAt: new Date('2026-03-03T08:00:00Z'),
        closesAt: new Date('2026-03-17T08:00:00Z'),
        shortWindowReason: 'Scadenza del bando regionale.',
      }),
      false,
      NOW,
    );
    expect(model).toMatchObject({
      shortWindow: true,
      windowDays: 14,
      shortWindowReason: 'Scadenza del bando regionale.',
      settings: { preModeration: true, participation: 'ORGANISATIONS', hideAfterReports: 4 },
      contributionCount: 2,
    });
    expect(model).not.toHaveProperty('lastEventSeq');
    expect(model).not.toHaveProperty('createdBy');
  });

  it('has no window without both dates', () => {
    expect(toConsultationModel(entity({ opensAt: NOW }), false, NOW)).toMatchObject({
      shortWindow: false,
      windowDays: null,
    });
  });
});

const READY: EditableColumns = {
  ...BLANK_CONSULTATION,
  title: 'Il turismo lento',
  areaCodes: ['PS6'],
  questions: ['Quali percorsi mancano?'],
  planSection: 'Ambito 6',
  opensAt: new Date('2026-04-01T08:00:00Z'),
  closesAt: new Date('2026-05-01T18:00:00Z'),
  resultsReportDue: '2026-06-01',
  shortWindowReason: 'Una ragione qualsiasi',
};

describe('applyConsultationInput', () => {
  it('keeps every field left out', () => {
    expect(applyConsultationInput(READY, {})).toEqual(READY);
  });

  it.each<[string, Parameters<typeof applyConsultationInput>[1], Partial<EditableColumns>]>([
    ['a new title', { title: 'Cammini' }, { title: 'Cammini' }],
    ['areas without repeats', { areaCodes: ['PS6', 'PS2', 'PS6'] }, { areaCodes: ['PS6', 'PS2'] }],
    ['interventions without repeats', { interventionIds: ['a', 'b', 'a'] }, { interventionIds: ['a', 'b'] }],
    [
      'questions without blanks',
      { questions: ['  Una? ', '', '   ', 'Due?'] },
      { questions: ['Una?', 'Due?'] },
    ],
    ['no questions', { questions: [] }, { questions: [] }],
    ['planSection cleared with null', { planSection: null }, { planSection: null }],
    ['planSection cleared with an empty text', { planSection: '' }, { planSection: null }],
    ['shortWindowReason cleared', { shortWindowReason: '' }, { shortWindowReason: null }],
    ['opensAt cleared', { opensAt: null }, { opensAt: null }],
    ['resultsReportDue cleared', { resultsReportDue: null }, { resultsReportDue: null }],
    [
      'the settings',
      { preModeration: true, participation: 'INVITED', hideAfterReports: 5 },
      { preModeration: true, participation: 'INVITED', hideAfterReports: 5 },
    ],
    ['preModeration off', { preModeration: false }, { preModeration: false }],
  ])('%s', (_name, input, expected) => {
    expect(applyConsultationInput(READY, input)).toEqual({ ...READY, ...expected });
  });

  it('does not change the columns it was given', () => {
    const before = structuredClone(READY);
    applyConsultationInput(READY, { areaCodes: ['PS1'], title: 'Altro titolo' });
    expect(READY).toEqual(before);
  });
});

describe('changedFields', () => {
  it('finds nothing between equal columns, dates compared by instant', () => {
    expect(
      changedFields(READY, {
        ...READY,
        areaCodes: [...READY.areaCodes],
        opensAt: new Date(READY.opensAt!.getTime()),
      }),
    ).toEqual([]);
  });

  it.each<[Partial<EditableColumns>, string[]]>([
    [{ title: 'Altro' }, ['title']],
    [{ areaCodes: ['PS2', 'PS6'] }, ['areaCodes']],
    [{ areaCodes: ['PS6'], questions: [] }, ['questions']],
    [{ opensAt: new Date('2026-04-01T08:00:01Z') }, ['opensAt']],
    [{ closesAt: null, shortWindowReason: null }, ['closesAt', 'shortWindowReason']],
    [{ hideAfterReports: 3 }, []],
    [{ participation: 'ORGANISATIONS', preModeration: true }, ['preModeration', 'participation']],
  ])('%j changes %j', (change, expected) => {
    expect(changedFields(READY, { ...READY, ...change })).toEqual(expected);
  });

  it('lists every field between a blank draft and a full one, in the order of the document', () => {
    const full: EditableColumns = {
      ...READY,
      interventionIds: ['i'],
      swotItemIds: ['s'],
      objectives: 'o',
      context: 'c',
      useOfContributions: 'u',
      timeline: 't',
      preModeration: true,
      participation: 'INVITED',
      hideAfterReports: 4,
    };
    expect(changedFields(BLANK_CONSULTATION, full)).toEqual([...EDITABLE_FIELDS]);
  });
});

describe('fieldErrorsOf', () => {
  it('groups problems by field, without repeating a message', () => {
    expect(
      fieldErrorsOf(
        [
          { field: 'closesAt', message: 'closesAt must be after opensAt' },
          { field: 'title', message: 'title is required before scheduling' },
          { field: 'closesAt', message: 'closesAt must be after opensAt' },
          { field: 'closesAt', message: 'another' },
        ],
        { title: ['title is too short'] },
      ),
    ).toEqual({
      title: ['title is too short', 'title is required before scheduling'],
      closesAt: ['closesAt must be after opensAt', 'another'],
    });
  });
});
