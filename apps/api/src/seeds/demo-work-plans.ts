import type { INestApplicationContext } from '@nestjs/common';
import { AccountsService } from '@piano2030/api-iam';
import { BodiesService, MeetingsService, MembershipsService, VotesService } from '@piano2030/api-governance';
import { ActivitiesService, WorkPlansService } from '@piano2030/api-work-plans';
import { demoPeople } from './demo-people';
import { quarterBounds, quarterLabel, quarterOf, todayInItaly } from '@piano2030/shared-domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day of the quarter, `offset` days after its start, never past its end. */
function dayOf(bounds: { startsOn: string; endsOn: string }, offset: number): string {
  const day = new Date(Date.parse(`${bounds.startsOn}T12:00:00Z`) + offset * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return day < bounds.endsOn ? day : bounds.endsOn;
}

/**
 * The demo's current quarter work plan, through the services: drafted by the Comitato operativo in
 * two phases and three areas, adopted by the Cabina at an extraordinary meeting, two activities
 * already reported on. Runs once, after the demo governance: skipped when a plan exists.
 */
export async function seedDemoWorkPlans(app: INestApplicationContext): Promise<boolean> {
  const plans = app.get(WorkPlansService);
  const activities = app.get(ActivitiesService);
  const meetings = app.get(MeetingsService);
  const votes = app.get(VotesService);
  const memberships = app.get(MembershipsService);
  const accounts = app.get(AccountsService);
  const [cabina] = await app.get(BodiesService).list();
  const seats = (await memberships.open(cabina.id)).filter((m) => m.role !== 'SECRETARY');
  if (!seats.length || (await plans.count()) > 0) return false;

  const people = await demoPeople(accounts, [
    'presidente.cabina',
    'segreteria',
    'coordinatore.comitato',
    'comitato1',
    'comitato2',
    'esperta',
  ]);
  if (!people) return false;
  const { id, as } = people;
  const quarter = quarterOf(todayInItaly());
  const bounds = quarterBounds(quarter);

  const plan = await plans.createDraft(as('coordinatore.comitato'), {
    ...quarter,
    summary:
      "Avvio dell'analisi di contesto sulle serie della Relazione previsionale 2020 e prima fase di ascolto " +
      'delle categorie economiche su turismo e digitalizzazione.',
    carryOverActivityIds: [],
  });
  const add = (owner: string, fields: Record<string, unknown>) =>
    activities.add(as('coordinatore.comitato'), {
      workPlanId: plan.id,
      ownerId: id(owner),
      startOn: bounds.startsOn,
      dueOn: bounds.endsOn,
      ...fields,
    });
  const indicators = await add('comitato1', {
    title: 'Raccolta degli indicatori di contesto',
    description:
      'Serie su imprese, export, turismo e lavoro della Relazione previsionale e programmatica 2020.',
    phaseCode: 'CONTEXT_ANALYSIS',
    areaCode: 'PS1',
    dueOn: dayOf(bounds, 30),
    deliverables: ['Schede degli indicatori per ambito'],
  });
  const kickoff = await add('coordinatore.comitato', {
    title: 'Calendario degli incontri con le categorie',
    phaseCode: 'LISTENING',
    areaCode: 'PS3',
    dueOn: dayOf(bounds, 20),
    deliverables: ['Calendario pubblicato'],
  });
  await add('comitato2', {
    title: 'Focus group su turismo e cultura',
    description: "Due incontri con operatori turistici e istituzioni culturali, con l'esperta incaricata.",
    phaseCode: 'LISTENING',
    areaCode: 'PS6',
    contributorIds: [id('esperta')],
    startOn: dayOf(bounds, 30),
    deliverables: ['Sintesi degli incontri', 'Elenco dei partecipanti'],
  });
  await add('comitato1', {
    title: 'Prima bozza della SWOT sulla digitalizzazione',
    phaseCode: 'CONTEXT_ANALYSIS',
    areaCode: 'PS3',
    startOn: dayOf(bounds, 45),
    deliverables: ['Bozza SWOT'],
  });

  const meeting = await meetings.schedule(as('presidente.cabina'), {
    bodyId: cabina.id,
    title: `Seduta straordinaria: piano di lavoro ${quarterLabel(quarter)}`,
    startsAt: new Date(Date.now() + 60_000),
    place: 'Palazzo Ducale, Lucca',
    link: null,
    agenda: [
      {
        title: 'Comunicazioni del Presidente',
        subjectKind: 'OTHER',
        description: null,
        subjectReference: null,
      },
    ],
  });
  const proposed = await plans.propose(as('coordinatore.comitato'), {
    workPlanId: plan.id,
    expectedRevision: (await plans.get(plan.id)).revision,
    meetingId: meeting.id,
  });
  await meetings.start(as('presidente.cabina'), meeting.id);
  await meetings.recordAttendance(as('segreteria'), {
    meetingId: meeting.id,
    entries: seats.map((m) => ({ membershipId: m.id, status: 'PRESENT' })),
  });
  const item = (await meetings.agenda(meeting.id)).at(-1)!;
  const vote = await votes.open(as('presidente.cabina'), { agendaItemId: item.id });
  for (const seat of seats)
    await votes.cast({ ...as('presidente.cabina'), userId: seat.userId }, { voteId: vote.id, choice: 'FOR' });
  await votes.close(as('presidente.cabina'), vote.id);
  await meetings.close(as('presidente.cabina'), meeting.id);

  await activities.update(as('coordinatore.comitato'), {
    activityId: kickoff.id,
    expectedRevision: kickoff.revision,
    status: 'DONE',
    progressNote: 'Calendario concordato con le associazioni di categoria.',
  });
  await activities.update(as('comitato1'), {
    activityId: indicators.id,
    expectedRevision: indicators.revision,
    status: 'IN_PROGRESS',
    progress: 60,
    progressNote: 'Caricate le serie su imprese ed export; mancano turismo e lavoro.',
  });
  return proposed.id === plan.id;
}
