import { fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { refusalFromError } from '../feedback/action-feedback';
import { ErrorSummary, placeFieldErrors } from './error-summary';

// web-ui cannot import web-core's i18n: the texts these use, as the locale files have them.
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'it',
  initAsync: false,
  resources: {
    it: {
      translation: {
        errors: {
          detail: 'Messaggio del sistema:',
          BAD_USER_INPUT: 'Alcuni dati non sono validi: correggi i campi indicati.',
          FORBIDDEN: 'Non hai i permessi per questa operazione.',
        },
      },
    },
  },
});

describe('ErrorSummary', () => {
  it('names each field at fault with a link that moves focus to it, and marks the API’s words as English', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorSummary
          lead="Alcuni dati non sono validi."
          detail="title is too short"
          entries={[
            { key: 'title', label: 'Titolo', message: { text: 'Da 5 a 200 caratteri.' }, targetId: 'title' },
            { key: 'grid', label: 'Risorse', message: { text: 'too many', lang: 'en' }, targetId: 'grid' },
            { key: 'id', label: 'Consultazione', message: { text: 'Non trovata.' } },
          ]}
        />
        <input id="title" aria-label="Titolo" />
        <div id="grid" />
      </I18nextProvider>,
    );

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Alcuni dati non sono validi.');
    expect(within(summary).getByText('title is too short')).toHaveAttribute('lang', 'en');
    fireEvent.click(within(summary).getByRole('link', { name: 'Titolo: Da 5 a 200 caratteri.' }));
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toHaveFocus();
    // A group of fields becomes focusable for the occasion.
    fireEvent.click(within(summary).getByRole('link', { name: 'Risorse: too many' }));
    expect(document.getElementById('grid')).toHaveFocus();
    expect(document.getElementById('grid')).toHaveAttribute('tabindex', '-1');
    expect(within(summary).queryByRole('link', { name: /Consultazione/ })).not.toBeInTheDocument();
    expect(summary).toHaveTextContent('Consultazione: Non trovata.');
  });

  it('places errors beside their controls once per text, and lists every one in the summary', () => {
    const placed = placeFieldErrors(
      {
        'questions.0': [{ text: 'Troppo lunga.' }, { text: 'Troppo lunga.' }],
        id: [{ text: 'not found', lang: 'en' }],
      },
      (path) => ({ targetId: path === 'id' ? undefined : 'question-0', label: `campo ${path}` }),
    );
    expect(placed.byControl).toEqual({ 'question-0': [{ text: 'Troppo lunga.' }] });
    expect(placed.entries.map((entry) => [entry.label, entry.message.text, entry.targetId])).toEqual([
      ['campo questions.0', 'Troppo lunga.', 'question-0'],
      ['campo questions.0', 'Troppo lunga.', 'question-0'],
      ['campo id', 'not found', undefined],
    ]);
  });

  it("keeps the API's field messages for the form to place, or its explanation for any other refusal", () => {
    const t = i18n.t;
    expect(
      refusalFromError({ code: 'BAD_USER_INPUT', message: 'bad', fieldErrors: { title: ['too short'] } }, t),
    ).toEqual({ lead: t('errors.BAD_USER_INPUT'), fieldErrors: { title: ['too short'] } });
    expect(
      refusalFromError({ code: 'FORBIDDEN', message: 'Only the committee.', fieldErrors: {} }, t),
    ).toEqual({
      lead: t('errors.FORBIDDEN'),
      detail: 'Only the committee.',
      fieldErrors: {},
    });
  });
});
