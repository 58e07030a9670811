/** The app's addresses, in Italian like the rest of the public site; features link to each other through these. */
export const paths = {
  home: '/',
  areas: '/ambiti',
  area: (code: string) => `/ambiti/${encodeURIComponent(code)}`,
  bodies: '/organi',
  body: (id: string) => `/organi/${encodeURIComponent(id)}`,
  /** No page of its own: a body's page lists its meetings. */
  meetings: '/sedute',
  meeting: (id: string) => `/sedute/${encodeURIComponent(id)}`,
  decisions: '/delibere',
  workPlans: '/piani-di-lavoro',
  workPlan: (id: string) => `/piani-di-lavoro/${encodeURIComponent(id)}`,
  /** Served by the API, not the app: a plain link downloads the file. */
  workPlanReport: (id: string, format: 'pdf' | 'csv', language: string) =>
    `/exports/work-plans/${encodeURIComponent(id)}/report.${format}${language === 'en' ? '?lang=en' : ''}`,
  privacy: '/privacy',
  accessibility: '/dichiarazione-di-accessibilita',
  signIn: '/accedi',
  register: '/registrati',
  account: '/area-personale',
} as const;
