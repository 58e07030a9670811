import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { SiteHeader } from './site-header';

// web-ui cannot import web-core's i18n: the header's texts as the locale files have them.
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'it',
  initAsync: false,
  resources: {
    it: { translation: { header: { signIn: 'Accedi', accountOf: 'Area personale di' } } },
  },
});

function renderHeader(props: Partial<Parameters<typeof SiteHeader>[0]> = {}) {
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SiteHeader
          homePath="/"
          navigation={[{ to: '/', label: 'Home', end: true }]}
          signedInAs="Anna Verdi"
          signInPath="/accedi"
          accountPath="/area-personale"
          {...props}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('SiteHeader', () => {
  it('shows what the app puts beside the account link, before it', () => {
    renderHeader({ accountExtras: <a href="/area-personale/notifiche">Notifiche, 2 non lette</a> });

    const extra = screen.getByRole('link', { name: 'Notifiche, 2 non lette' });
    const account = screen.getByRole('link', { name: 'Area personale di Anna Verdi' });
    expect(extra.compareDocumentPosition(account) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers to sign in to an anonymous visitor, with nothing beside it', () => {
    renderHeader({ signedInAs: null });

    expect(screen.getByRole('link', { name: 'Accedi' })).toHaveAttribute('href', '/accedi');
    expect(screen.queryByRole('link', { name: /Notifiche/ })).not.toBeInTheDocument();
  });
});
