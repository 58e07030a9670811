import type { AccountSpec } from '@piano2030/api-iam';

/**
 * One account per role that exists so far. Governance adds board, committee and expert accounts
 * once those roles exist. The password is public by design: demo data only.
 */
export const DEMO_PASSWORD = 'demo-piano-2030';

export const DEMO_ACCOUNTS: AccountSpec[] = [
  {
    email: 'admin@piano2030.demo',
    displayName: 'Amministratrice demo',
    roles: ['ADMIN'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'moderatore@piano2030.demo',
    displayName: 'Moderatore demo',
    roles: ['MODERATOR'],
    password: DEMO_PASSWORD,
  },
  { email: 'cittadina@piano2030.demo', displayName: 'Giulia Bianchi', roles: [], password: DEMO_PASSWORD },
];
