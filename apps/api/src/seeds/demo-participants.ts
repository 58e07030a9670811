import type { INestApplicationContext } from '@nestjs/common';
import { AccountsService } from '@piano2030/api-iam';
import { RepresentationsService } from '@piano2030/api-participants';
import type { OrganisationCategory } from '@piano2030/shared-domain';
import { demoPeople } from './demo-people';

interface DemoOrganisation {
  local: string;
  name: string;
  category: OrganisationCategory;
  title: string;
  website?: string;
  /** Left PENDING, for the administrators' queue. */
  pending?: boolean;
}

const ORGANISATIONS: DemoOrganisation[] = [
  {
    local: 'confartigianato',
    name: 'Confartigianato Imprese Lucca',
    category: 'BUSINESS_ASSOCIATION',
    title: 'Direttore',
  },
  { local: 'sindacato', name: 'CGIL Lucca', category: 'TRADE_UNION', title: 'Segretaria generale' },
  {
    local: 'imt',
    name: 'Scuola IMT Alti Studi Lucca',
    category: 'RESEARCH_EDUCATION',
    title: 'Delegato del Direttore per la terza missione',
    website: 'https://www.imtlucca.it',
  },
  {
    local: 'fondazione',
    name: 'Fondazione Cassa di Risparmio di Lucca',
    category: 'BANKING_FOUNDATION',
    title: 'Direttrice',
    website: 'https://www.fondazionecarilucca.it',
  },
  {
    local: 'volontariato',
    name: 'Rete del volontariato lucchese',
    category: 'THIRD_SECTOR',
    title: 'Portavoce',
    pending: true,
  },
];

/**
 * The demo's stakeholders, through the services: four organisations of different categories whose
 * representatives the administrator has verified, and a fifth request waiting in the administrators'
 * queue. Runs once: skipped when anyone has asked to represent an organisation.
 */
export async function seedDemoParticipants(app: INestApplicationContext): Promise<boolean> {
  const representations = app.get(RepresentationsService);
  if ((await representations.queue()).length) return false;
  const people = await demoPeople(app.get(AccountsService), [
    'admin',
    ...ORGANISATIONS.map((organisation) => organisation.local),
  ]);
  if (!people) return false;
  for (const { local, name, category, title, website, pending } of ORGANISATIONS) {
    const request = await representations.request(people.as(local), {
      newOrganisation: { name, category, website },
      title,
    });
    if (!pending) await representations.verify(people.as('admin'), request.id);
  }
  return true;
}
