import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLClient } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards } from './support/boards';
import { consultationDocument } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };

/** The mutations of participation (issue 6): each must leave an audit row when it succeeds. */
const PARTICIPATION_MUTATIONS = [
  'register',
  'setPublicNameMode',
  'requestRepresentation',
  'verifyRepresentation',
  'rejectRepresentation',
  'revokeRepresentation',
  'createConsultation',
  'updateConsultation',
  'scheduleConsultation',
  'openConsultation',
  'setConsultationInvitations',
  'postContribution',
  'editContribution',
  'supportContribution',
  'withdrawSupport',
  'reportContribution',
  'moderateContribution',
  'setDisposition',
  'publishDispositions',
  'closeConsultation',
  'markNotificationsRead',
  'setNotificationPreferences',
  'sendDailyDigests',
] as const;
type Mutation = (typeof PARTICIPATION_MUTATIONS)[number];

describe('participation: every mutation writes its audit row', () => {
  let api: RunningApi;
  const written = new Map<Mutation, string[]>();
  const auditCount = async () =>
    Number((await api.sql<{ n: string }>('SELECT count(*) n FROM audit_entries'))[0].n);
  /** Runs one successful call of a mutation and records the audit actions it wrote. */
  const audited = async <T>(mutation: Mutation, call: () => Promise<T>): Promise<T> => {
    const before = await auditCount();
    const result = await call();
    const rows = await api.sql<{ action: string }>('SELECT action FROM audit_entries ORDER BY id OFFSET $1', [
      before,
    ]);
    written.set(
      mutation,
      rows.map((row) => row.action),
    );
    return result;
  };
  const person = (name: string) =>
    registeredFromOwnAddress(api, `${name}.${randomUUID().slice(0, 8)}@example.org`);

  beforeAll(async () => {
    api = await startApi({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY: 'true',
      DIGEST_HOUR: 'off',
    });
  });
  afterAll(() => api?.stop());

  it('names only mutations the schema has', () => {
    const schema = readFileSync(path.join(__dirname, '../../api/schema.gql'), 'utf8');
    const mutationType = schema.slice(schema.indexOf('type Mutation {'));
    for (const mutation of PARTICIPATION_MUTATIONS)
      expect(mutationType).toMatch(new RegExp(`\\n  ${mutation}[(:]`));
  });

  it('audits each one of a consultation run end to end', async () => {
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const committee = (await seatBoards(api, admin, ['PS6'])).people['k1'].client;
    const citizen = await audited('register', () => person('giovanna.pardini'));
    await audited('setPublicNameMode', () =>
      ok(citizen, 'mutation { setPublicNameMode(mode: FULL_NAME) { id } }'),
    );

    const represent = (who: GraphQLClient, name: string) =>
      ok<{ requestRepresentation: { id: string; organisation: { id: string } } }>(
        who,
        'mutation ($input: RequestRepresentationInput!) { requestRepresentation(input: $input) { id organisation { id } } }',
        { input: { title: 'Presidente', newOrganisation: { name, category: 'THIRD_SECTOR' } } },
      ).then((response) => response.requestRepresentation);
    const representative = await person('rappresentante');
    const request = await audited('requestRepresentation', () =>
      represent(representative, 'Pro Loco di Barga'),
    );
    await audited('verifyRepresentation', () =>
      ok(admin, 'mutation ($id: ID!) { verifyRepresentation(id: $id) { id } }', { id: request.id }),
    );
    const refused = await represent(await person('richiedente'), 'Circolo dei camminatori');
    await audited('rejectRepresentation', () =>
      ok(admin, 'mutation ($id: ID!, $r: String!) { rejectRepresentation(id: $id, reason: $r) { id } }', {
        id: refused.id,
        r: 'Nessun documento che attesti il ruolo.',
      }),
    );
    const former = await represent(await person('ex.presidente'), 'Associazione albergatori della Valle');
    await ok(admin, 'mutation ($id: ID!) { verifyRepresentation(id: $id) { id } }', { id: former.id });
    await audited('revokeRepresentation', () =>
      ok(admin, 'mutation ($id: ID!, $r: String!) { revokeRepresentation(id: $id, reason: $r) { id } }', {
        id: former.id,
        r: "Non ricopre più l'incarico.",
      }),
    );

    const create = (input: Record<string, unknown>) =>
      ok<{ createConsultation: { id: string; version: number } }>(
        committee,
        'mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id version } }',
        { input },
      ).then((response) => response.createConsultation);
    const draft = await audited('createConsultation', () => create({ title: 'Cammini e borghi' }));
    const updated = await audited('updateConsultation', () =>
      ok<{ updateConsultation: { version: number } }>(
        committee,
        'mutation ($input: UpdateConsultationInput!) { updateConsultation(input: $input) { version } }',
        { input: { id: draft.id, expectedVersion: draft.version, ...consultationDocument() } },
      ),
    );
    await audited('scheduleConsultation', () =>
      ok(
        committee,
        'mutation ($id: ID!, $v: Int!) { scheduleConsultation(id: $id, expectedVersion: $v) { id } }',
        {
          id: draft.id,
          v: updated.updateConsultation.version,
        },
      ),
    );
    await audited('openConsultation', () =>
      ok(committee, 'mutation ($id: ID!) { openConsultation(id: $id) { id } }', { id: draft.id }),
    );
    const invited = await create({ title: 'Solo su invito', participation: 'INVITED' });
    await audited('setConsultationInvitations', () =>
      ok(
        committee,
        'mutation ($id: ID!, $o: [ID!]!) { setConsultationInvitations(id: $id, userIds: [], organisationIds: $o) { consultationId } }',
        { id: invited.id, o: [request.organisation.id] },
      ),
    );

    const contribution = await audited('postContribution', () =>
      ok<{ postContribution: { id: string } }>(
        citizen,
        'mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }',
        {
          input: {
            consultationId: draft.id,
            kind: 'PROPOSAL',
            body: 'Una rete di fontane lungo i cammini.',
            idempotencyKey: randomUUID(),
          },
        },
      ).then((response) => response.postContribution),
    );
    await audited('editContribution', () =>
      ok(citizen, 'mutation ($input: EditContributionInput!) { editContribution(input: $input) { id } }', {
        input: { id: contribution.id, body: 'Una rete di fontane e panchine lungo i cammini.' },
      }),
    );
    const byId = { id: contribution.id };
    await audited('supportContribution', () =>
      ok(representative, 'mutation ($id: ID!) { supportContribution(id: $id) { id } }', byId),
    );
    await audited('withdrawSupport', () =>
      ok(representative, 'mutation ($id: ID!) { withdrawSupport(id: $id) { id } }', byId),
    );
    await audited('reportContribution', () =>
      ok(
        representative,
        'mutation ($input: ReportContributionInput!) { reportContribution(input: $input) { id } }',
        {
          input: { contributionId: contribution.id, reason: 'OFF_TOPIC' },
        },
      ),
    );
    const moderator = await person('moderatore');
    await api.sql(
      `INSERT INTO user_roles (user_id, role)
       SELECT id, 'MODERATOR' FROM users WHERE email LIKE 'moderatore.%@example.org'`,
    );
    await audited('moderateContribution', () =>
      ok(
        moderator,
        'mutation ($input: ModerateContributionInput!) { moderateContribution(input: $input) { id } }',
        {
          input: {
            contributionId: contribution.id,
            decision: 'HIDE',
            reason: 'Fuori tema rispetto alle domande.',
          },
        },
      ),
    );
    await audited('setDisposition', () =>
      ok(committee, 'mutation ($input: SetDispositionInput!) { setDisposition(input: $input) { version } }', {
        input: {
          contributionId: contribution.id,
          outcome: 'NOT_RELEVANT',
          reasons: 'Riguarda un altro ambito.',
        },
      }),
    );
    await audited('publishDispositions', () =>
      ok(committee, 'mutation ($id: ID!) { publishDispositions(input: { consultationId: $id }) }', {
        id: draft.id,
      }),
    );
    await audited('closeConsultation', () =>
      ok(committee, 'mutation ($id: ID!) { closeConsultation(id: $id) { id } }', { id: draft.id }),
    );

    await audited('setNotificationPreferences', () =>
      ok(
        citizen,
        'mutation { setNotificationPreferences(input: { disposition: DAILY, moderation: DAILY }) { reply } }',
      ),
    );
    // The answer and the hiding reach the author once the projector has run: wait for them.
    for (let tries = 0; tries < 100; tries += 1) {
      const { unreadNotificationCount } = await ok<{ unreadNotificationCount: number }>(
        citizen,
        '{ unreadNotificationCount }',
      );
      if (unreadNotificationCount >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await audited('markNotificationsRead', () =>
      ok(citizen, 'mutation { markNotificationsRead(all: true) }'),
    );
    await audited('sendDailyDigests', () => ok(admin, 'mutation { sendDailyDigests }'));

    const unaudited = PARTICIPATION_MUTATIONS.filter((mutation) => !written.get(mutation)?.length);
    expect(unaudited).toEqual([]);
    expect(Object.fromEntries(written)).toMatchObject({
      createConsultation: ['consultation.created'],
      postContribution: ['contribution.posted'],
      publishDispositions: ['disposition.published'],
    });
  });
});
