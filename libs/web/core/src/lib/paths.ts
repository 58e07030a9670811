/** The app's addresses, in Italian like the rest of the public site; features link to each other through these. */
export const paths = {
  home: '/',
  areas: '/ambiti',
  area: (code: string) => `/ambiti/${encodeURIComponent(code)}`,
  privacy: '/privacy',
  accessibility: '/dichiarazione-di-accessibilita',
  signIn: '/accedi',
  register: '/registrati',
  account: '/area-personale',
} as const;
