import type { GraphQLClient } from '@piano2030/api-testing';
import type { RunningApi } from './api-process';

/** Registers a new account in a new browser and returns that signed-in browser. */
export async function registeredBrowser(api: RunningApi, email: string): Promise<GraphQLClient> {
  const browser = api.client();
  const response = await browser.request(
    'mutation ($input: RegisterInput!) { register(input: $input) { id } }',
    {
      input: {
        email,
        password: 'una password lunga',
        displayName: email.split('@')[0],
        privacyConsent: true,
      },
    },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return browser;
}

export async function signedInBrowser(
  api: RunningApi,
  email: string,
  password: string,
): Promise<GraphQLClient> {
  const browser = api.client();
  const response = await browser.request('mutation ($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email, password },
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return browser;
}

let addresses = 0;

/**
 * Registers a new person in a new browser from a client address of its own, for tests that need
 * more people than one address may register (the API must run with TRUST_PROXY=true).
 */
export async function registeredFromOwnAddress(api: RunningApi, email: string): Promise<GraphQLClient> {
  addresses += 1;
  const browser = api.client({ 'x-forwarded-for': `10.0.${addresses >> 8}.${addresses & 255}` });
  const response = await browser.request(
    'mutation ($input: RegisterInput!) { register(input: $input) { id } }',
    {
      input: {
        email,
        password: 'una password lunga',
        displayName: email.split('@')[0],
        privacyConsent: true,
      },
    },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return browser;
}
