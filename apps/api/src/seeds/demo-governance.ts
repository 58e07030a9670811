import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '@piano2030/api-core';
import { AccountsService } from '@piano2030/api-iam';
import {
  BodiesService,
  ExpertsService,
  MeetingsService,
  MembershipsService,
  VotesService,
} from '@piano2030/api-governance';
import { todayInItaly, type BallotChoice } from '@piano2030/shared-domain';
import { demoPeople } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo's governance, built through the services a user would go through, so every row is one
 * the rules allow and every step is in the audit trail: the Cabina seated 3 + 3, its first meeting
 * with two numbered decisions (the Comitato's appointment, an expert's engagement), the Comitato
 * appointed by the first, and the next meeting convened. Runs once: skipped when the Cabina has members.
 */
export async function seedDemoGovernance(app: INestApplicationContext): Promise<boolean> {
  const bodies = app.get(BodiesService);
  const memberships = app.get(MembershipsService);
  const meetings = app.get(MeetingsService);
  const votes = app.get(VotesService);
  const experts = app.get(ExpertsService);
  const accounts = app.get(AccountsService);

  const [cabina, comitato] = await bodies.list();
  if ((await memberships.openCount(cabina.id)) > 0) return false;
  const people = await demoPeople(accounts, [
    'admin',
    'presidente.cabina',
    'provincia2',
    'provincia3',
    'camera1',
    'camera2',
    'camera3',
    'supplente',
    'segreteria',
    'coordinatore.comitato',
    'comitato1',
    'comitato2',
    'esperta',
  ]);
  if (!people) return false;
  const { id, as } = people;
  const admin: Actor = { ...as('admin'), roles: ['AUTHENTICATED', 'ADMIN'] };
  const today = todayInItaly();

  const seat = (
    local: string,
    role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'SECRETARY',
    partyCode: 'PROVINCIA_LUCCA' | 'CCIAA_LUCCA' | null,
    reference: string,
    extra = {},
  ) =>
    memberships.appoint(admin, {
      bodyId: cabina.id,
      userId: id(local),
      role,
      partyCode,
      designationReference: reference,
      designationDate: today,
      termFrom: today,
      ...extra,
    });
  const provincia = 'Decreto del Presidente della Provincia n. 12/2026';
  const camera = 'Delibera di Giunta camerale n. 45/2026';
  await seat('presidente.cabina', 'CHAIR', 'PROVINCIA_LUCCA', provincia);
  await seat('provincia2', 'MEMBER', 'PROVINCIA_LUCCA', provincia, { alternateUserId: id('supplente') });
  await seat('provincia3', 'MEMBER', 'PROVINCIA_LUCCA', provincia);
  await seat('camera1', 'VICE_CHAIR', 'CCIAA_LUCCA', camera);
  await seat('camera2', 'MEMBER', 'CCIAA_LUCCA', camera);
  await seat('camera3', 'MEMBER', 'CCIAA_LUCCA', camera);
  const secretary = await seat('segreteria', 'SECRETARY', null, 'Atto congiunto delle Parti n. 1/2026');

  const first = await meetings.schedule(as('presidente.cabina'), {
    bodyId: cabina.id,
    title: 'Seduta di insediamento',
    startsAt: new Date(Date.now() + 60_000),
    place: 'Palazzo Ducale, Lucca',
    link: null,
    agenda: [
      {
        title: 'Nomina del Comitato operativo',
        subjectKind: 'APPOINTMENT',
        description: null,
        subjectReference: 'Art. 5 del Protocollo',
      },
      {
        title: 'Incarico a un esperto esterno per turismo e cultura',
        subjectKind: 'APPOINTMENT',
        areaCode: 'PS6',
        description: null,
        subjectReference: 'Art. 4 del Protocollo',
      },
    ],
  });
  await meetings.start(as('presidente.cabina'), first.id);
  const cabinaSeats = (await memberships.open(cabina.id)).filter((m) => m.id !== secretary.id);
  await meetings.recordAttendance(as('segreteria'), {
    meetingId: first.id,
    entries: cabinaSeats.map((m) => ({
      membershipId: m.id,
      status: m.userId === id('provincia2') ? 'DELEGATED' : 'PRESENT',
    })),
  });
  const agenda = await meetings.agenda(first.id);
  const decide = async (itemId: string, ballots: Record<string, BallotChoice>) => {
    const vote = await votes.open(as('presidente.cabina'), { agendaItemId: itemId });
    for (const [local, choice] of Object.entries(ballots))
      await votes.cast(as(local), { voteId: vote.id, choice });
    return votes.close(as('presidente.cabina'), vote.id);
  };
  const appointment = await decide(agenda[0].id, {
    'presidente.cabina': 'FOR',
    supplente: 'FOR',
    provincia3: 'FOR',
    camera1: 'FOR',
    camera2: 'FOR',
    camera3: 'FOR',
  });
  const engagement = await decide(agenda[1].id, {
    'presidente.cabina': 'FOR',
    supplente: 'FOR',
    provincia3: 'ABSTAIN',
    camera1: 'FOR',
    camera2: 'FOR',
    camera3: 'AGAINST',
  });
  await meetings.close(as('presidente.cabina'), first.id);
  await meetings.draftMinutes(as('segreteria'), {
    meetingId: first.id,
    text:
      'Verbale della seduta di insediamento della Cabina di Regia.\n\nPresenti i sei componenti designati dalle Parti ' +
      '(il componente Elena Conti rappresentato dal supplente). La Cabina nomina il Comitato operativo e incarica ' +
      "un'esperta esterna per l'area Valorizzazione del Turismo e della Cultura.",
  });

  const committee = (local: string, role: 'CHAIR' | 'MEMBER') =>
    memberships.appoint(admin, {
      bodyId: comitato.id,
      userId: id(local),
      role,
      partyCode: null,
      decisionId: appointment.id,
      designationReference: `Delibera della Cabina di Regia n. ${appointment.number}/${appointment.year}`,
      designationDate: today,
      termFrom: today,
    });
  await committee('coordinatore.comitato', 'CHAIR');
  await committee('comitato1', 'MEMBER');
  await committee('comitato2', 'MEMBER');
  await experts.engage(admin, {
    userId: id('esperta'),
    decisionId: engagement.id,
    phaseCodes: ['LISTENING'],
    areaCodes: ['PS6'],
    theme: 'Flussi turistici e offerta culturale della provincia',
    startsOn: today,
    endsOn: todayInItaly(new Date(Date.now() + 180 * DAY_MS)),
    declarationOfInterest:
      'Docente universitaria di economia del turismo; nessun incarico in corso con enti o imprese del territorio lucchese.',
  });

  await meetings.schedule(as('presidente.cabina'), {
    bodyId: cabina.id,
    title: 'Seconda seduta: piano di lavoro del primo trimestre',
    startsAt: new Date(Date.now() + 7 * DAY_MS),
    place: 'Camera di Commercio di Lucca, Corte Campana 10',
    link: 'https://meet.example.org/cabina-di-regia',
    agenda: [
      {
        title: 'Approvazione del verbale della seduta di insediamento',
        subjectKind: 'DOCUMENT',
        description: null,
        subjectReference: null,
      },
      {
        title: 'Piano di lavoro del primo trimestre',
        subjectKind: 'WORK_PLAN',
        phaseCode: 'CONTEXT_ANALYSIS',
        description: 'Proposto dal Comitato operativo (Art. 5).',
        subjectReference: null,
      },
      {
        title: "Parere dell'esperta sui flussi turistici",
        subjectKind: 'DOCUMENT',
        areaCode: 'PS6',
        description: null,
        subjectReference: null,
      },
    ],
  });
  return true;
}
