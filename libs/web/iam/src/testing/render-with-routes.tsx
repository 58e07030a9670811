import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MeQueryDocument, type CurrentUser } from '@piano2030/web-core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { AccountPublicNameQueryDocument } from '../lib/account.documents';
import { AccountPage } from '../lib/account-page';
import { RegisterPage } from '../lib/register-page';
import { SignInPage } from '../lib/sign-in-page';

export const signedInUser: CurrentUser & { __typename: 'User' } = {
  __typename: 'User',
  id: 'u-1',
  email: 'giulia.bianchi@example.it',
  displayName: 'Giulia Bianchi',
  roles: [],
  createdAt: '2021-01-15T10:30:00.000Z',
};

export function meMock(me: typeof signedInUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } } };
}

/** The personal area's privacy and public-name details of `signedInUser`. */
export function accountMock(
  overrides: { publicNameMode?: 'INITIALS' | 'FULL_NAME'; publicName?: string } = {},
): MockLink.MockedResponse {
  return {
    request: { query: AccountPublicNameQueryDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: signedInUser.id,
          displayName: signedInUser.displayName,
          publicNameMode: 'INITIALS',
          publicName: 'G. B.',
          privacyConsentAt: '2026-11-03T10:30:00.000Z',
          privacyNoticeVersion: '2026-11',
          ...overrides,
        },
      },
    },
  };
}

function CurrentPath() {
  return <output data-testid="current-path">{useLocation().pathname}</output>;
}

/** The iam pages wired to their real addresses, with the API answering from `mocks`. */
export function renderWithRoutes(path: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/accedi" element={<SignInPage />} />
          <Route path="/registrati" element={<RegisterPage />} />
          <Route path="/area-personale" element={<AccountPage />} />
          <Route path="/" element={<p>home</p>} />
        </Routes>
        <CurrentPath />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { currentPath: () => screen.getByTestId('current-path').textContent };
}
