import type { DispositionRow } from '../disposition-rows';
import { needsCommittee, toDispositionModel } from './disposition.mappers';

const row = (changes: Partial<DispositionRow> = {}): DispositionRow => ({
  contributionId: '11111111-1111-4111-8111-111111111111',
  consultationId: '22222222-2222-4222-8222-222222222222',
  outcome: 'ACCEPTED',
  reasons: 'Accolta nella scheda PS6.1.',
  version: 2,
  preparedAt: new Date('2026-03-01T10:00:00Z'),
  publishedAt: new Date('2026-03-02T10:00:00Z'),
  interventionVersion: 4,
  swotItemVersion: 1,
  intervention: { id: 'i1', reference: 'PS6.1', title: 'Cammini della Valle', draft: false },
  swotItem: { id: 's1', areaCode: 'PS6', quadrant: 'WEAKNESS', text: 'Trasporti scarsi.', draft: false },
  ...changes,
});

describe('toDispositionModel', () => {
  it('shows a published answer as official, with its links and their versions', () => {
    expect(toDispositionModel(row(), false)).toEqual({
      contributionId: '11111111-1111-4111-8111-111111111111',
      outcome: 'ACCEPTED',
      reasons: 'Accolta nella scheda PS6.1.',
      status: 'PUBLISHED',
      official: true,
      version: 2,
      preparedAt: new Date('2026-03-01T10:00:00Z'),
      publishedAt: new Date('2026-03-02T10:00:00Z'),
      intervention: { id: 'i1', reference: 'PS6.1', title: 'Cammini della Valle' },
      interventionVersion: 4,
      swotItem: { id: 's1', areaCode: 'PS6', quadrant: 'WEAKNESS', text: 'Trasporti scarsi.' },
      swotItemVersion: 1,
    });
  });

  it('marks a prepared answer as not official', () => {
    expect(toDispositionModel(row({ publishedAt: null }), true)).toMatchObject({
      status: 'PREPARED',
      official: false,
      publishedAt: null,
    });
  });

  it('hides a draft intervention or SWOT item, and its version, from outside the committee', () => {
    const drafts = row({
      intervention: { id: 'i1', reference: 'PS6.1', title: 'Bozza', draft: true },
      swotItem: { id: 's1', areaCode: 'PS6', quadrant: 'THREAT', text: 'Bozza', draft: true },
    });
    expect(toDispositionModel(drafts, false)).toMatchObject({
      intervention: null,
      interventionVersion: null,
      swotItem: null,
      swotItemVersion: null,
    });
    expect(toDispositionModel(drafts, true)).toMatchObject({
      intervention: { id: 'i1' },
      interventionVersion: 4,
      swotItem: { id: 's1' },
      swotItemVersion: 1,
    });
  });
});

describe('needsCommittee', () => {
  it.each([
    ['a published answer with public links', row(), false],
    ['a published answer without links', row({ intervention: null, swotItem: null }), false],
    ['a prepared answer', row({ publishedAt: null }), true],
    [
      'a link to a draft intervention',
      row({ intervention: { id: 'i', reference: 'PS1.1', title: 'x', draft: true } }),
      true,
    ],
    [
      'a link to a draft SWOT item',
      row({ swotItem: { id: 's', areaCode: 'PS1', quadrant: 'THREAT', text: 'x', draft: true } }),
      true,
    ],
  ] as const)('%s → %s', (_name, answer, needed) => expect(needsCommittee(answer)).toBe(needed));
});
