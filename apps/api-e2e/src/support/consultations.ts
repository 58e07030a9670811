import type { GraphQLClient } from '@piano2030/api-testing';
import { ok } from './boards';

const CREATE = `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id version } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!) { scheduleConsultation(id: $id, expectedVersion: $v) { id } }`;
const OPEN = `mutation ($id: ID!) { openConsultation(id: $id) { id status } }`;

/** A complete consultation document on area PS6, open for four weeks from now. */
export function consultationDocument(extra: Record<string, unknown> = {}) {
  const day = 24 * 60 * 60 * 1000;
  return {
    title: 'Turismo lento in Valle del Serchio',
    areaCodes: ['PS6'],
    objectives: 'Raccogliere proposte sui cammini e sui servizi per il turismo lento.',
    context: "L'analisi di contesto mostra presenze concentrate in Versilia e nel capoluogo.",
    questions: ['Quali servizi mancano ai camminatori?', 'Quali borghi coinvolgere per primi?'],
    useOfContributions: 'Ogni contributo riceve una risposta motivata nel rapporto sugli esiti.',
    timeline: 'Quattro settimane di consultazione, poi il rapporto entro trenta giorni.',
    opensAt: new Date(Date.now() + 5_000).toISOString(),
    closesAt: new Date(Date.now() + 29 * day).toISOString(),
    resultsReportDue: new Date(Date.now() + 60 * day).toISOString().slice(0, 10),
    ...extra,
  };
}

/** Creates, schedules and opens a consultation through the API, as the committee would. */
export async function openConsultation(
  committee: GraphQLClient,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { createConsultation } = await ok<{ createConsultation: { id: string; version: number } }>(
    committee,
    CREATE,
    { input: consultationDocument(extra) },
  );
  await ok(committee, SCHEDULE, { id: createConsultation.id, v: createConsultation.version });
  await ok(committee, OPEN, { id: createConsultation.id });
  return createConsultation.id;
}
