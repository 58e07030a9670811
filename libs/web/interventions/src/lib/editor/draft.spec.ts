import { contentOf, changedFields, checkContent, draftOf, readDraft, rebaseDraft } from './draft';
import { intervention } from '../../testing/fixtures';

const base = contentOf(intervention());

describe('the editor draft', () => {
  it('round-trips an intervention, with amounts written the Italian way', () => {
    const draft = draftOf(base, 'it');
    expect(draft.resources['2023:NGEU_PNRR']).toBe('800000,5');
    expect(draft.kpis[0].baselineValue).toBe('289384');
    expect(readDraft(draft, 'it').content).toEqual(base);
    expect(changedFields(base, readDraft(draft, 'it').content)).toEqual({});
  });

  it('sends only the fields that changed, resources as the whole list in the plan order', () => {
    const draft = draftOf(base, 'it');
    const edited = {
      ...draft,
      title: '  Cammini, ciclovie e borghi della Valle del Serchio ',
      resources: { ...draft.resources, '2025:PRIVATE': '300.000', '2022:NGEU_PNRR': '1.200.000,00' },
    };
    expect(changedFields(base, readDraft(edited, 'it').content)).toEqual({
      title: 'Cammini, ciclovie e borghi della Valle del Serchio',
      resources: [
        { year: 2022, source: 'NGEU_PNRR', amount: 1_200_000 },
        { year: 2023, source: 'NGEU_PNRR', amount: 800_000.5 },
        { year: 2023, source: 'REGIONAL', amount: 150_000 },
        { year: 2024, source: 'CAMERA', amount: 49_999.5 },
        { year: 2025, source: 'PRIVATE', amount: 300_000 },
      ],
    });
  });

  it("checks with the domain's own rules, naming each cell as the API would", () => {
    const draft = draftOf(base, 'it');
    const read = readDraft(
      {
        ...draft,
        title: '',
        endsOn: '2021-06-30',
        guidelineCodes: [],
        resources: { ...draft.resources, '2023:REGIONAL': '-5', '2024:CAMERA': 'mille' },
      },
      'it',
    );
    const errors = checkContent(read);
    expect(errors).toMatchObject({
      title: ['title must not be empty'],
      guidelineCodes: ['guidelineCodes must name at least one guideline'],
      endsOn: ['endsOn must be on or after startsOn 2022-01-01 (got 2021-06-30)'],
      'resources.2.amount': ['amount must be zero or more (got -5)'],
      'resources.3.amount': ['amount must be a finite number (got NaN)'],
    });
    expect(read.resourceCells[2]).toBe('2023:REGIONAL');
    expect(read.resourceCells[3]).toBe('2024:CAMERA');
  });

  it("moves what was typed onto a newer version without undoing the other person's changes", () => {
    const mine = { ...draftOf(base, 'it'), title: 'Il mio titolo' };
    const theirs = { ...base, title: 'Il loro titolo', partners: [...base.partners, 'Fondazione CRL'] };
    const rebased = rebaseDraft(mine, base, theirs, 'it');
    const content = readDraft(rebased.draft, 'it').content;
    expect(content.title).toBe('Il mio titolo');
    expect(content.partners).toEqual([...base.partners, 'Fondazione CRL']);
    expect(rebased.mine).toEqual(['title']);
    expect(rebased.theirsToo).toEqual(['title']);
    expect(changedFields(theirs, content)).toEqual({ title: 'Il mio titolo' });
  });
});
