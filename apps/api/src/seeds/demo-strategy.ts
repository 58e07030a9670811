import type { INestApplicationContext } from '@nestjs/common';
import { SwotService } from '@piano2030/api-context';
import { AccountsService } from '@piano2030/api-iam';
import { InterventionsService, PrioritiesService } from '@piano2030/api-interventions';
import type { FundingSource, SwotQuadrant } from '@piano2030/shared-domain';
import { demoPeople } from './demo-people';

const TOURISM_SWOT: [SwotQuadrant, number, string, string | null][] = [
  [
    'STRENGTH',
    5,
    'Versilia e Piana di Lucca attirano oltre 3,6 milioni di presenze l’anno, per metà straniere.',
    'lu_tourism_arrivals_presences',
  ],
  [
    'STRENGTH',
    4,
    'Un patrimonio di città murate, borghi, ville e festival riconosciuto a livello internazionale.',
    null,
  ],
  [
    'WEAKNESS',
    4,
    'Permanenza media breve fuori dalla costa e forte stagionalità estiva.',
    'lu_tourism_stays',
  ],
  ['WEAKNESS', 3, 'Collegamenti lenti tra costa, Piana e Valle del Serchio.', null],
  [
    'OPPORTUNITY',
    4,
    'Domanda crescente di turismo lento, cammini e cicloturismo lungo la Via Francigena.',
    null,
  ],
  ['OPPORTUNITY', 3, 'Fondi europei 2021-27 e PNRR per cultura e borghi.', null],
  ['THREAT', 3, 'Concorrenza di destinazioni vicine con un’offerta digitale più matura.', null],
  ['THREAT', 2, 'Eventi climatici estremi su costa e montagna.', null],
];

const resources = (plan: [number, FundingSource, number][]) =>
  plan.map(([year, source, amount]) => ({ year, source, amount }));

/**
 * The demo's context and strategy for tourism and culture (PS6), through the services: a SWOT
 * drafted by the committee and the expert and published, two priorities and two interventions,
 * one published and revised once. Runs once: skipped when the area has priorities.
 */
export async function seedDemoStrategy(app: INestApplicationContext): Promise<boolean> {
  const priorities = app.get(PrioritiesService);
  if ((await priorities.list('PS6')).length) return false;
  const people = await demoPeople(app.get(AccountsService), [
    'coordinatore.comitato',
    'comitato1',
    'esperta',
  ]);
  if (!people) return false;
  const { as } = people;
  const swot = app.get(SwotService);
  for (const [index, [quadrant, weight, text, indicator]] of TOURISM_SWOT.entries()) {
    await swot.add(as(index % 2 ? 'esperta' : 'comitato1'), {
      areaCode: 'PS6',
      quadrant,
      weight,
      text,
      evidence: indicator ? [{ kind: 'INDICATOR', reference: indicator, label: 'RPP 2020' }] : [],
    });
  }
  await swot.publish(as('coordinatore.comitato'), {
    areaCode: 'PS6',
    note: 'Prima stesura condivisa con l’esperta',
  });

  const slow = await priorities.create(as('coordinatore.comitato'), {
    areaCode: 'PS6',
    title: 'Turismo lento, diffuso e sostenibile',
    description: 'Distribuire i flussi tra costa, Piana e Valle del Serchio e allungare la stagione.',
    guidelineCodes: ['LI2', 'LI4'],
  });
  const culture = await priorities.create(as('coordinatore.comitato'), {
    areaCode: 'PS6',
    title: 'Cultura e grandi eventi',
    description: 'Fare dei festival e dei luoghi della cultura una rete che lavora tutto l’anno.',
    guidelineCodes: ['LI4', 'LI5'],
  });
  const interventions = app.get(InterventionsService);
  const paths = await interventions.create(as('comitato1'), {
    priorityId: slow.id,
    title: 'Cammini e ciclovie della Valle del Serchio',
    description:
      'Una rete di percorsi lenti che collega i borghi della Valle del Serchio alla Via Francigena.',
    objectives: 'Allungare la stagione turistica e distribuire i flussi fuori dalla costa.',
    expectedResults: '120 km di percorsi segnalati, servizi per camminatori e cicloturisti in 10 borghi.',
    guidelineCodes: ['LI2', 'LI4'],
    kpis: [
      {
        name: 'Presenze turistiche in Valle del Serchio',
        unit: 'presenze',
        baselineValue: 289384,
        baselineYear: 2018,
        target2030: 350000,
        indicatorCode: 'lu_tourism_arrivals_presences',
      },
    ],
    resources: resources([
      [2022, 'NGEU_PNRR', 1_200_000],
      [2023, 'NGEU_PNRR', 800_000],
      [2023, 'REGIONAL', 150_000],
      [2024, 'PROVINCIA', 100_000],
      [2025, 'CAMERA', 50_000],
    ]),
    startsOn: '2022-01-01',
    endsOn: '2026-12-31',
    milestones: [
      { title: 'Progetto esecutivo', dueOn: '2022-12-31' },
      { title: 'Primi 60 km aperti', dueOn: '2024-06-30' },
    ],
    leadActor: 'Provincia di Lucca',
    partners: ['Unione dei Comuni Media Valle del Serchio', 'CAI Lucca'],
    projectCodes: [],
  });
  const published = await interventions.setStatus(as('coordinatore.comitato'), {
    id: paths.id,
    expectedVersion: paths.version,
    status: 'IN_CONSULTATION',
  });
  await interventions.update(as('coordinatore.comitato'), {
    id: paths.id,
    expectedVersion: published.version,
    partners: [
      'Unione dei Comuni Media Valle del Serchio',
      'CAI Lucca',
      'Fondazione Cassa di Risparmio di Lucca',
    ],
    resources: resources([
      [2022, 'NGEU_PNRR', 1_200_000],
      [2023, 'NGEU_PNRR', 800_000],
      [2023, 'REGIONAL', 150_000],
      [2024, 'PROVINCIA', 100_000],
      [2025, 'CAMERA', 50_000],
      [2025, 'PRIVATE', 250_000],
    ]),
    reason: 'Contributo della Fondazione emerso negli incontri con il territorio',
  });
  await interventions.create(as('esperta'), {
    priorityId: culture.id,
    title: 'Lucca città dei festival tutto l’anno',
    description: 'Un calendario coordinato e servizi comuni per i festival di Lucca, Versilia e Valle.',
    guidelineCodes: ['LI4', 'LI5'],
    resources: resources([
      [2023, 'EU_COHESION', 400_000],
      [2024, 'EU_COHESION', 400_000],
      [2024, 'CAMERA', 120_000],
    ]),
    startsOn: '2023-01-01',
    endsOn: '2027-12-31',
    leadActor: 'Camera di Commercio di Lucca',
    partners: ['Comune di Lucca', 'Lucca Comics & Games', 'Fondazione Puccini'],
    projectCodes: [],
  });
  return true;
}
