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
  /** The register of interventions; `?ambito=PS6` (and `priorita`, `stato`, `linea`) filters it. */
  interventions: '/interventi',
  newIntervention: '/interventi/nuovo',
  interventionResources: '/interventi/risorse',
  intervention: (id: string) => `/interventi/${encodeURIComponent(id)}`,
  editIntervention: (id: string) => `/interventi/${encodeURIComponent(id)}/modifica`,
  /** Served by the API, not the app: a plain link downloads the file. */
  resourcesCsv: (groupBy: string) => `/exports/resources.csv?groupBy=${encodeURIComponent(groupBy)}`,
  /** Public consultations: open, scheduled and closed ones, for everyone; drafts too for the committee. */
  consultations: '/consultazioni',
  consultation: (id: string) => `/consultazioni/${encodeURIComponent(id)}`,
  /** The committee: a new consultation, then its document and settings until it opens. */
  newConsultation: '/consultazioni/nuova',
  editConsultation: (id: string) => `/consultazioni/${encodeURIComponent(id)}/modifica`,
  /** The committee: reasoned answers to a consultation's contributions, prepared then published together. */
  consultationAnswers: (id: string) => `/consultazioni/${encodeURIComponent(id)}/risposte`,
  /** Moderators: the queue of reported and pre-moderated contributions, and the moderation log. */
  moderation: '/moderazione',
  /** Signed-in people: their contributions and what happened to each. */
  myContributions: '/area-personale/contributi',
  /** Search over public contributions, interventions and SWOT items; `?q=` holds the query, other keys the facets. */
  search: '/cerca',
  /** Stakeholder organisations with a verified representative, by category. */
  organisations: '/organizzazioni',
  /** Signed-in people: their requests to represent organisations. */
  myOrganisations: '/area-personale/organizzazioni',
  /** Signed-in people: what happened to their contributions (replies, answers, mentions, moderation). */
  notifications: '/area-personale/notifiche',
  /** Signed-in people: how each kind of notification also reaches them by e-mail. */
  notificationPreferences: '/area-personale/notifiche/preferenze',
  privacy: '/privacy',
  accessibility: '/dichiarazione-di-accessibilita',
  signIn: '/accedi',
  register: '/registrati',
  account: '/area-personale',
  /** Administrators only: indicator series, uploads and the areas that show them. */
  adminIndicators: '/amministrazione/indicatori',
  /** Administrators only: requests to represent organisations, to verify, reject or revoke. */
  adminRepresentatives: '/amministrazione/rappresentanti',
} as const;
