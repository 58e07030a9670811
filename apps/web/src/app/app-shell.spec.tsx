import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, i18n } from '@piano2030/web-core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { of } from 'rxjs';
import { AppRoutes } from './routes';

const AREA_NAME = {
  IT: 'Infrastrutture materiali ed immateriali',
  EN: 'Tangible and intangible infrastructure',
};

/** A stand-in API: anonymous visitor, one area, texts in the language the query asks for. */
const fakeApi = new ApolloLink((operation) => {
  const locale = operation.variables.locale === 'EN' ? 'EN' : 'IT';
  const area = {
    __typename: 'InterventionArea',
    code: 'PS1',
    position: 1,
    name: AREA_NAME[locale],
    description: '…',
  };
  switch (operation.operationName) {
    case 'Me':
      return of({ data: { me: null } });
    case 'HomePage':
      return of({ data: { processPhases: [], interventionAreas: [area] } });
    case 'AreasPage':
      return of({ data: { interventionAreas: [area] } });
    default:
      return of({ errors: [{ message: `${operation.operationName} is not part of this test` }] });
  }
});

/** Renders the whole app at `path` and lets the first answers of the API arrive. */
async function renderApp(path = '/') {
  await act(async () => {
    render(
      <ApolloProvider client={createApolloClient(fakeApi)}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </ApolloProvider>,
    );
  });
}

/** The navigation sits in the kit's collapsible menu, which only the kit's CSS shows on wide screens. */
const navLink = (name: string) => screen.getByRole('link', { name, hidden: true });

describe('app shell', () => {
  beforeAll(() => {
    // jsdom does not scroll; the layout scrolls to the top on navigation.
    window.scrollTo = () => undefined;
  });
  beforeEach(() => i18n.changeLanguage('it'));

  it('switches the interface, the page texts and <html lang> to English', async () => {
    await renderApp();
    expect(await screen.findByRole('link', { name: AREA_NAME.IT })).toBeInTheDocument();
    expect(navLink("Ambiti d'intervento")).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('link', { name: AREA_NAME.EN })).toBeInTheDocument();
    expect(navLink('Intervention areas')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Italiano' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.title).toBe('Strategic Plan 2030');
  });

  it('offers the skip link first, pointing at the focusable main content', async () => {
    await renderApp();
    await screen.findByRole('link', { name: AREA_NAME.IT });

    const skipLink = screen.getAllByRole('link')[0];
    expect(skipLink).toHaveTextContent('Vai al contenuto principale');
    // jsdom does not follow fragment links; a browser focuses the target because it is focusable.
    const main = screen.getByRole('main');
    expect(skipLink).toHaveAttribute('href', `#${main.id}`);
    expect(main).toHaveAttribute('tabindex', '-1');
  });

  it('has one banner, one main navigation, one main and one footer', async () => {
    await renderApp();
    await screen.findByRole('link', { name: AREA_NAME.IT });

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigazione principale' })).toBeInTheDocument();
    expect(navLink('Organi')).toHaveAttribute('href', '/organi');
    expect(navLink('Delibere')).toHaveAttribute('href', '/delibere');
    expect(navLink('Piani di lavoro')).toHaveAttribute('href', '/piani-di-lavoro');
    expect(navLink('Organizzazioni')).toHaveAttribute('href', '/organizzazioni');
    expect(screen.getByRole('main')).toBeInTheDocument();
    // Testing Library also counts the cards' footers inside <main>, which browsers do not expose as contentinfo.
    const siteFooters = screen.getAllByRole('contentinfo').filter((footer) => !footer.closest('main'));
    expect(siteFooters).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Dichiarazione di accessibilità' })).toHaveAttribute(
      'href',
      '/dichiarazione-di-accessibilita',
    );
  });

  it('moves focus to the new page after following a link', async () => {
    await renderApp();
    await screen.findByRole('link', { name: AREA_NAME.IT });

    fireEvent.click(navLink("Ambiti d'intervento"));

    expect(await screen.findByRole('heading', { level: 1, name: "Ambiti d'intervento" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(navLink("Ambiti d'intervento")).toHaveAttribute('aria-current', 'page');
  });

  it('answers an unknown address with a page of its own', async () => {
    await renderApp('/non-esiste');

    expect(screen.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
    expect(document.title).toBe('Pagina non trovata – Piano Strategico 2030');
  });
});
