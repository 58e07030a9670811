import type { MockLink } from '@apollo/client/testing';
import {
  MeQueryDocument,
  type CurrentUser,
  type ProgressRollUpFieldsFragment,
  type WorkPlanActivityFieldsFragment,
  type WorkPlanPageQuery,
  type WorkPlanVersionFieldsFragment,
} from '@piano2030/web-core';
import {
  WorkPlanPeopleQueryDocument,
  WorkPlanReferenceQueryDocument,
} from '../lib/reference/work-plan-reference.query';

type Plan = WorkPlanPageQuery['workPlan'];

export const PLAN_ID = 'p-q4';

const user = (id: string, email: string, displayName: string): CurrentUser & { __typename: 'User' } => ({
  __typename: 'User',
  id,
  email,
  displayName,
  roles: [],
  createdAt: '2026-01-10T09:00:00.000Z',
});

export const committeeChair = user('u-coord', 'coordinatore.comitato@piano2030.demo', 'Giulia Neri');
export const committeeMember = user('u-com1', 'comitato1@piano2030.demo', 'Paolo Bianchi');
export const citizen = user('u-cit', 'cittadina@piano2030.demo', 'Anna Verdi');

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 20 };
}

const person = (id: string, displayName: string) => ({ __typename: 'Person' as const, id, displayName });

export const referenceMock: MockLink.MockedResponse = {
  request: { query: WorkPlanReferenceQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      processPhases: [
        ['LISTENING', 2, 'Ascolto e partecipazione', '2021-01-15', '2021-04-30'],
        ['CONTEXT_ANALYSIS', 1, 'Analisi del contesto', '2020-10-01', '2021-01-31'],
        ['ADOPTION', 4, 'Adozione del Piano', '2021-06-01', '2021-06-30'],
      ].map(([code, position, name, startsOn, endsOn]) => ({
        __typename: 'ProcessPhase',
        code,
        position,
        name,
        startsOn,
        endsOn,
      })),
      interventionAreas: [
        { __typename: 'InterventionArea', code: 'PS6', position: 6, name: 'Turismo e cultura' },
        { __typename: 'InterventionArea', code: 'PS1', position: 1, name: 'Infrastrutture' },
      ],
    },
  },
  maxUsageCount: 20,
};

export const peopleMock: MockLink.MockedResponse = {
  request: { query: WorkPlanPeopleQueryDocument },
  result: {
    data: {
      bodies: [
        {
          __typename: 'Body',
          id: 'b-cabina',
          kind: 'STEERING_BOARD',
          members: [
            {
              __typename: 'Membership',
              id: 's-pres',
              role: 'CHAIR',
              person: person('u-pres', 'Marco Rossi'),
            },
          ],
          meetings: [
            {
              __typename: 'Meeting',
              id: 'm-1',
              title: 'Seduta di insediamento',
              startsAt: '2026-10-01T09:00:00.000Z',
              status: 'CLOSED',
            },
            {
              __typename: 'Meeting',
              id: 'm-2',
              title: 'Seconda seduta',
              startsAt: '2026-11-30T09:00:00.000Z',
              status: 'SCHEDULED',
            },
          ],
        },
        {
          __typename: 'Body',
          id: 'b-comitato',
          kind: 'OPERATIONAL_COMMITTEE',
          members: [
            {
              __typename: 'Membership',
              id: 's-coord',
              role: 'CHAIR',
              person: person('u-coord', 'Giulia Neri'),
            },
            {
              __typename: 'Membership',
              id: 's-com1',
              role: 'MEMBER',
              person: person('u-com1', 'Paolo Bianchi'),
            },
          ],
          meetings: [],
        },
      ],
      experts: [
        {
          __typename: 'ExpertEngagement',
          id: 'e-1',
          active: true,
          theme: 'Flussi turistici',
          person: person('u-esp', 'Chiara Fontana'),
        },
      ],
    },
  },
  maxUsageCount: 20,
};

export function activity(
  overrides: Partial<WorkPlanActivityFieldsFragment> = {},
): WorkPlanActivityFieldsFragment {
  return {
    __typename: 'WorkPlanActivity',
    id: 'a-1',
    lineageId: 'l-1',
    revision: 3,
    title: 'Mappatura degli indicatori',
    description: 'Raccolta dei dati di contesto.',
    phaseCode: 'CONTEXT_ANALYSIS',
    areaCode: 'PS1',
    startOn: '2026-10-01',
    dueOn: '2026-11-15',
    deliverables: ['Rapporto sugli indicatori'],
    status: 'PLANNED',
    progress: 0,
    progressNote: null,
    canReport: false,
    owner: person('u-com1', 'Paolo Bianchi'),
    contributors: [],
    carriedFrom: null,
    ...overrides,
  } as WorkPlanActivityFieldsFragment;
}

export function version(
  overrides: Partial<WorkPlanVersionFieldsFragment> = {},
): WorkPlanVersionFieldsFragment {
  return {
    __typename: 'WorkPlanVersion',
    id: 'v-1',
    number: 1,
    status: 'DRAFT',
    summary: "Avviare l'analisi del contesto e l'ascolto.",
    remarks: null,
    proposedAt: null,
    returnedAt: null,
    meetingId: null,
    proposedBy: null,
    decision: null,
    changesFromPrevious: [],
    activities: [activity()],
    ...overrides,
  } as WorkPlanVersionFieldsFragment;
}

type Change = WorkPlanVersionFieldsFragment['changesFromPrevious'][number];

/** What changed in an activity from one version to the next: its kind and each field's before and after. */
export function activityChange(
  kind: Change['kind'],
  title: string,
  fields: [Change['changes'][number]['field'], string, string][] = [],
): Change {
  return {
    __typename: 'ActivityChange',
    lineageId: `l-${title}`,
    title,
    kind,
    changes: fields.map(([field, before, after]) => ({
      __typename: 'ActivityFieldChange',
      field,
      before,
      after,
    })),
  } as Change;
}

export function rollUp(overrides: Partial<ProgressRollUpFieldsFragment> = {}): ProgressRollUpFieldsFragment {
  return {
    __typename: 'ProgressRollUp',
    key: null,
    total: 0,
    planned: 0,
    inProgress: 0,
    done: 0,
    late: 0,
    cancelled: 0,
    percent: 0,
    ...overrides,
  } as ProgressRollUpFieldsFragment;
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    __typename: 'WorkPlan',
    id: PLAN_ID,
    year: 2026,
    quarter: 4,
    status: 'DRAFT',
    revision: 7,
    updatedAt: '2026-11-20T10:00:00.000Z',
    closedAt: null,
    myCapabilities: [],
    period: { __typename: 'Quarter', label: 'Q4 2026', startsOn: '2026-10-01', endsOn: '2026-12-31' },
    adoptedBy: null,
    versions: [version()],
    progress: {
      __typename: 'WorkPlanProgress',
      asOf: '2026-11-22',
      overall: rollUp({ total: 1, planned: 1 }),
      byPhase: [rollUp({ key: 'CONTEXT_ANALYSIS', total: 1, planned: 1 })],
      byArea: [rollUp({ key: 'PS1', total: 1, planned: 1 })],
    },
    reportStatus: 'NONE',
    reportIntroduction: null,
    reportNextSteps: null,
    reportMeetingId: null,
    reportDecision: null,
    report: null,
    ...overrides,
  } as Plan;
}
