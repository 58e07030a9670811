import type { AccountSpec } from '@piano2030/api-iam';

/**
 * One account per platform role, then the people of the bodies: the Cabina di Regia (3 + 3 and its
 * secretary), an alternate, the Comitato operativo and an external expert. demo-governance seats
 * them. Last, the stakeholders: the representatives of four organisations (demo-participants has
 * them verified), one whose request waits for the administrators, and a second citizen. The
 * password is public by design: demo data only. Names of people are invented.
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
  ...[
    ['presidente.cabina', 'Marco Rossi (Provincia, presidente)'],
    ['provincia2', 'Elena Conti (Provincia)'],
    ['provincia3', 'Paolo Ricci (Provincia)'],
    ['camera1', 'Laura Galli (Camera di Commercio, vicepresidente)'],
    ['camera2', 'Stefano Moretti (Camera di Commercio)'],
    ['camera3', 'Chiara Fontana (Camera di Commercio)'],
    ['supplente', 'Andrea Marino (supplente)'],
    ['segreteria', 'Francesca Greco (segreteria)'],
    ['coordinatore.comitato', 'Luca Bruno (Comitato operativo, coordinatore)'],
    ['comitato1', 'Sara Romano (Comitato operativo)'],
    ['comitato2', 'Davide Colombo (Comitato operativo)'],
    ['esperta', 'Prof.ssa Anna Ferri (esperta esterna)'],
    ['confartigianato', 'Roberto Franchi'],
    ['sindacato', 'Marta Pieri'],
    ['imt', 'Giorgio Landi'],
    ['fondazione', 'Carla Martini'],
    ['volontariato', 'Elisa Barsanti'],
    ['cittadino', 'Matteo Lenzi'],
  ].map(([local, displayName]) => ({
    email: `${local}@piano2030.demo`,
    displayName,
    roles: [],
    password: DEMO_PASSWORD,
  })),
];
