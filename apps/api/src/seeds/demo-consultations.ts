import type { INestApplicationContext } from '@nestjs/common';
import {
  ConsultationsService,
  ContributionsService,
  DispositionsService,
} from '@piano2030/api-consultations';
import { AccountsService } from '@piano2030/api-iam';
import { RepresentationsService } from '@piano2030/api-participants';
import { DataSource } from 'typeorm';
import { demoPeople } from './demo-people';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's public consultation on slow tourism (PS6), through the services: open for four weeks
 * on the published intervention PS6.1 and the area's SWOT, with contributions from a citizen and
 * two organisations, replies, supports and two published answers, one of them tied to the
 * intervention's current version. A second consultation waits as a draft for the committee.
 * Runs once: skipped when any consultation exists.
 */
export async function seedDemoConsultations(app: INestApplicationContext): Promise<boolean> {
  const consultations = app.get(ConsultationsService);
  const dataSource = app.get(DataSource);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM consultations`);
  if (count > 0) return false;
  const people = await demoPeople(app.get(AccountsService), [
    'coordinatore.comitato',
    'comitato1',
    'cittadina',
    'cittadino',
    'confartigianato',
    'fondazione',
  ]);
  const [intervention] = await dataSource.query(
    `SELECT id, version FROM interventions WHERE area_code = 'PS6' AND number = 1`,
  );
  const swotItems: { id: string }[] = await dataSource.query(
    `SELECT id FROM swot_items WHERE area_code = 'PS6' AND status = 'PUBLISHED' ORDER BY created_at LIMIT 2`,
  );
  if (!people || !intervention) return false;
  const { as } = people;
  const committee = as('coordinatore.comitato');

  const now = Date.now();
  const draft = await consultations.create(committee, {
    title: 'Turismo lento e cammini in Valle del Serchio',
    areaCodes: ['PS6'],
    interventionIds: [intervention.id],
    swotItemIds: swotItems.map((item) => item.id),
    objectives:
      'Raccogliere richieste, osservazioni e proposte su percorsi, servizi e promozione del turismo lento.',
    context:
      'Le presenze si concentrano in Versilia e nel capoluogo; la Valle del Serchio ne raccoglie meno del 10%. L’intervento PS6.1 propone una rete di cammini e ciclovie collegata alla Via Francigena.',
    questions: [
      'Quali servizi mancano oggi a chi cammina o pedala in Valle del Serchio?',
      'Quali borghi e tratti dovrebbero essere attrezzati per primi?',
      'Come coinvolgere le imprese locali nell’accoglienza?',
    ],
    useOfContributions:
      'Ogni contributo riceve una risposta motivata dal Comitato operativo; quelli accolti modificano l’intervento PS6.1 e sono citati nel rapporto sugli esiti.',
    timeline:
      'Quattro settimane di consultazione, poi il rapporto sugli esiti entro trenta giorni dalla chiusura.',
    opensAt: new Date(now + 60_000),
    closesAt: new Date(now + 29 * DAY),
    resultsReportDue: new Date(now + 60 * DAY).toISOString().slice(0, 10),
  });
  await consultations.schedule(committee, draft.id, draft.version);
  await consultations.open(committee, draft.id);

  const organisationOf = async (local: string) =>
    (await app.get(RepresentationsService).mine(as(local))).find((r) => r.status === 'VERIFIED')
      ?.organisationId ?? null;
  const contributions = app.get(ContributionsService);
  let key = 0;
  const post = async (
    local: string,
    input: { kind: 'REQUEST' | 'OBSERVATION' | 'PROPOSAL' | 'COMMENT'; body: string; parentId?: string },
    onBehalf = false,
  ) =>
    (
      await contributions.post(as(local), {
        consultationId: draft.id,
        idempotencyKey: `demo-consultation-${++key}`,
        organisationId: onBehalf ? await organisationOf(local) : null,
        ...input,
      })
    ).contribution;

  const toilets = await post('cittadina', {
    kind: 'REQUEST',
    body: 'Lungo il tratto tra Borgo a Mozzano e Barga mancano **fontanelle e servizi igienici**. Chiedo che siano previsti almeno ogni 10 km.',
  });
  await post('cittadino', {
    kind: 'COMMENT',
    parentId: toilets.id,
    body: 'Concordo: d’estate il tratto è molto esposto al sole.',
  });
  const shops = await post(
    'confartigianato',
    {
      kind: 'PROPOSAL',
      body: 'Proponiamo una rete di botteghe amiche del camminatore:\n- ricarica bici elettriche\n- deposito zaini\n- piccole riparazioni\nLe imprese artigiane sono pronte a partecipare.',
    },
    true,
  );
  await post(
    'fondazione',
    {
      kind: 'OBSERVATION',
      body: 'La Fondazione ha già finanziato la segnaletica di alcuni tratti della Via del Volto Santo: conviene partire da lì per non duplicare gli interventi.',
    },
    true,
  );
  await contributions.support(as('cittadino'), toilets.id, true);
  await contributions.support(as('cittadina'), shops.id, true);

  const dispositions = app.get(DispositionsService);
  await dispositions.set(committee, {
    contributionId: shops.id,
    outcome: 'ACCEPTED',
    reasons:
      'La rete di botteghe entra nell’intervento PS6.1 come azione di accompagnamento, con Confartigianato tra i partner.',
    interventionId: intervention.id,
    interventionVersion: intervention.version,
  });
  await dispositions.set(committee, {
    contributionId: toilets.id,
    outcome: 'PARTIALLY_ACCEPTED',
    reasons:
      'Fontanelle e servizi sono previsti nei borghi attraversati; una distanza fissa di 10 km non è sempre possibile in zone senza allacci.',
    interventionId: intervention.id,
    interventionVersion: intervention.version,
  });
  await dispositions.publish(committee, { consultationId: draft.id });

  await consultations.create(as('comitato1'), {
    title: 'Manifattura 4.0 e competenze',
    areaCodes: ['PS2'],
    objectives: 'Capire quali competenze digitali mancano alle imprese manifatturiere della provincia.',
  });
  return true;
}
