import { romeLocalToDate, toRomeLocal } from '@piano2030/web-ui';
import { consultation } from '../../testing/committee-fixtures';
import {
  changedInput,
  checkDraft,
  createInput,
  draftOf,
  emptyDraft,
  readDraft,
  rebaseDraft,
  type ConsultationDraft,
} from './consultation-draft';

describe('the consultation draft', () => {
  it('reads dates as Italian time, summer and winter alike', () => {
    expect(romeLocalToDate('2031-03-02T09:00')?.toISOString()).toBe('2031-03-02T08:00:00.000Z');
    expect(romeLocalToDate('2031-07-01T09:00')?.toISOString()).toBe('2031-07-01T07:00:00.000Z');
    expect(toRomeLocal(new Date('2031-04-15T17:00:00.000Z'))).toBe('2031-04-15T19:00');
    expect(romeLocalToDate('15/04/2031')).toBeNull();
  });

  it('sends only the fields that changed, as the API stores them', () => {
    const base = draftOf(consultation({ opensAt: '2031-03-02T08:00:30.123Z' }));
    const draft: ConsultationDraft = {
      ...base,
      title: '  Turismo lento in Valle del Serchio  ',
      questions: [...base.questions, { key: 'q-new', text: '   ' }, { key: 'q-2', text: ' Dove sostare? ' }],
      planSection: '',
    };
    // Seconds the form cannot show are not a change; blank questions are dropped.
    expect(changedInput(base, draft)).toEqual({
      title: 'Turismo lento in Valle del Serchio',
      questions: ['Quali servizi mancano lungo i percorsi?', 'Dove sostare?'],
    });
    expect(changedInput(base, { ...base, closesAt: '2031-04-20T19:00' })).toEqual({
      closesAt: '2031-04-20T17:00:00.000Z',
    });
    expect(changedInput(base, base)).toEqual({});
  });

  it('creates with the title and whatever else was written', () => {
    expect(createInput({ ...emptyDraft(), title: ' Manifattura 4.0 ', areaCodes: ['PS5'] })).toEqual({
      title: 'Manifattura 4.0',
      areaCodes: ['PS5'],
    });
  });

  it("checks what the API would refuse, with the API's own sentences", () => {
    const draft = {
      ...emptyDraft(),
      title: 'Tre',
      hideAfterReports: '0',
      opensAt: '2031-03-02T09:00',
      closesAt: '2031-03-01T09:00',
    };
    expect(checkDraft(readDraft(draft), ['title', 'hideAfterReports', 'closesAt'])).toEqual({
      title: ['title must be between 5 and 200 characters'],
      closesAt: ['closesAt must be after opensAt'],
      hideAfterReports: ['hideAfterReports must be between 1 and 50'],
    });
  });

  it('moves typing onto a newer version: what the person changed stays, the rest is theirs', () => {
    const oldBase = draftOf(consultation());
    const newBase = draftOf(
      consultation({ version: 2, context: 'Contesto aggiornato.', objectives: 'Obiettivi loro.' }),
    );
    const typed = { ...oldBase, title: 'Titolo mio, più lungo', objectives: 'Obiettivi miei.' };

    const rebased = rebaseDraft(typed, oldBase, newBase);

    expect(rebased.draft.title).toBe('Titolo mio, più lungo');
    expect(rebased.draft.objectives).toBe('Obiettivi miei.');
    expect(rebased.draft.context).toBe('Contesto aggiornato.');
    expect(rebased.mine).toEqual(['title', 'objectives']);
    expect(rebased.theirsToo).toEqual(['objectives']);
  });
});
