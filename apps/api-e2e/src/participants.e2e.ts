import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { PRIVACY_NOTICE_VERSION } from '@piano2030/shared-domain';
import { startApi, type RunningApi } from './support/api-process';
import { ok } from './support/boards';
import { signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const PASSWORD = 'una password lunga';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id } }`;
const ME = `{ me { id displayName publicNameMode publicName privacyConsentAt privacyNoticeVersion } }`;
const SET_MODE = `mutation ($mode: PublicNameMode!) { setPublicNameMode(mode: $mode) { id publicNameMode publicName } }`;
const REQUEST = `mutation ($input: RequestRepresentationInput!) { requestRepresentation(input: $input) {
  id status title organisation { id name category website } } }`;
const MINE = `{ myRepresentations { id status title decisionReason decidedAt organisation { name } } }`;
const QUEUE = `query ($status: RepresentationStatus) { representationRequests(status: $status) {
  id status title organisationTaxCode requester { id displayName } organisation { id name category } } }`;
const VERIFY = `mutation ($id: ID!) { verifyRepresentation(id: $id) { id status decidedAt decisionReason } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectRepresentation(id: $id, reason: $reason) { id status decisionReason } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeRepresentation(id: $id, reason: $reason) { id status decisionReason } }`;
const LIST = `query ($category: StakeholderCategory, $search: String) { organisations(category: $category, search: $search) {
  id name category representatives { publicName title } } }`;
const ONE = `query ($id: ID!) { organisation(id: $id) { id name category website representatives { publicName title } } }`;

type Me = {
  id: string;
  displayName: string;
  publicNameMode: string;
  publicName: string;
  privacyConsentAt: string | null;
  privacyNoticeVersion: string | null;
};
type Representation = {
  id: string;
  status: string;
  title: string;
  organisation: { id: string; name: string; category: string; website: string | null };
};
type Organisation = {
  id: string;
  name: string;
  category: string;
  representatives: { publicName: string; title: string }[];
};

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (onlyError(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;

describe('participants: privacy consent, public names, organisations and their verified representatives', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  const people: Record<string, { client: GraphQLClient; id: string }> = {};
  const count = async (sql: string, params?: unknown[]) =>
    Number((await api.sql<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);
  const audit = (action: string, subjectId: string) =>
    api.sql<{ actor_id: string | null; data: Record<string, unknown> }>(
      'SELECT actor_id, data FROM audit_entries WHERE action = $1 AND subject_id = $2 ORDER BY id',
      [action, subjectId],
    );
  const register = (input: Record<string, unknown>, client = api.client()) =>
    client.request<{ register: { id: string } }>(REGISTER, { input: { password: PASSWORD, ...input } });
  const person = async (name: string, displayName: string) => {
    const client = api.client();
    const response = await register(
      { email: `${name}@example.org`, displayName, privacyConsent: true },
      client,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    people[name] = { client, id: response.data!.register.id };
    return people[name];
  };
  const request = (who: string, input: Record<string, unknown>) =>
    people[who].client.request<{ requestRepresentation: Representation }>(REQUEST, { input });
  const requested = async (who: string, input: Record<string, unknown>) =>
    (await ok<{ requestRepresentation: Representation }>(people[who].client, REQUEST, { input }))
      .requestRepresentation;
  const publicList = async (variables: Record<string, unknown> = {}) =>
    (await ok<{ organisations: Organisation[] }>(api.client(), LIST, variables)).organisations;

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
  });
  afterAll(() => api?.stop());

  describe('registration and privacy consent', () => {
    const input = { email: 'rita@example.org', displayName: 'Rita Neri' };

    it('refuses a registration whose privacy consent is false, on that field, writing nothing', async () => {
      const before = { users: await count('users'), audit: await count('audit_entries') };
      const response = await register({ ...input, privacyConsent: false });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldErrors(response))).toEqual(['privacyConsent']);
      expect(response.headers.getSetCookie().join()).not.toMatch(/piano2030_session=\w/);
      expect({ users: await count('users'), audit: await count('audit_entries') }).toEqual(before);
    });

    it('refuses one that does not say, naming the field, writing nothing', async () => {
      const before = await count('users');
      const error = onlyError(await register(input));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('privacyConsent');
      expect(await count('users')).toBe(before);
    });

    it('records when the notice was accepted and which version, shows it to its owner and audits it', async () => {
      const startedAt = Date.now();
      const rita = await person('rita', 'Rita Neri');
      const { me } = await ok<{ me: Me }>(rita.client, ME);
      expect(me).toMatchObject({ privacyNoticeVersion: PRIVACY_NOTICE_VERSION, publicNameMode: 'INITIALS' });
      expect(new Date(me.privacyConsentAt!).getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(new Date(me.privacyConsentAt!).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      const [row] = await api.sql<{ privacy_notice_version: string; privacy_consent_at: Date }>(
        'SELECT privacy_notice_version, privacy_consent_at FROM users WHERE id = $1',
        [rita.id],
      );
      expect(row.privacy_notice_version).toBe(PRIVACY_NOTICE_VERSION);
      expect(await audit('account.registered', rita.id)).toEqual([
        { actor_id: rita.id, data: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION } },
      ]);
    });

    it('records consent as given at provisioning for the configured administrator', async () => {
      const { me } = await ok<{ me: Me }>(admin, ME);
      expect(me.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
      expect(me.privacyConsentAt).not.toBeNull();
    });
  });

  describe('public names', () => {
    it('are initials by default and the full display name once the person chooses so, audited once', async () => {
      const sara = await person('sara', '  Sara   Romano ');
      expect((await ok<{ me: Me }>(sara.client, ME)).me).toMatchObject({
        displayName: 'Sara Romano',
        publicNameMode: 'INITIALS',
        publicName: 'S. R.',
      });
      const { setPublicNameMode } = await ok<{ setPublicNameMode: Me }>(sara.client, SET_MODE, {
        mode: 'FULL_NAME',
      });
      expect(setPublicNameMode).toMatchObject({ publicNameMode: 'FULL_NAME', publicName: 'Sara Romano' });
      await ok(sara.client, SET_MODE, { mode: 'FULL_NAME' });
      expect(await audit('account.public-name-changed', sara.id)).toEqual([
        {
          actor_id: sara.id,
          data: { before: { publicNameMode: 'INITIALS' }, after: { publicNameMode: 'FULL_NAME' } },
        },
      ]);
      await ok(sara.client, SET_MODE, { mode: 'INITIALS' });
      expect((await ok<{ me: Me }>(sara.client, ME)).me.publicName).toBe('S. R.');
    });

    it('can only be chosen for oneself, signed in, among the two modes', async () => {
      expect(code(await api.client().request(SET_MODE, { mode: 'FULL_NAME' }))).toBe('UNAUTHENTICATED');
      expect(code(await people.sara.client.request(SET_MODE, { mode: 'NICKNAME' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('requests to represent an organisation', () => {
    let confartigianato: Representation;

    beforeAll(async () => {
      await person('franchi', "Roberto de' Franchi");
      await person('pieri', 'Marta Pieri');
    });

    it('need exactly one of an organisation already registered and a new one', async () => {
      const neither = await request('franchi', { title: 'Direttore' });
      expect(code(neither)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(neither)).toEqual({
        organisationId: ['choose an organisation (organisationId) or register a new one (newOrganisation)'],
      });
      const both = await request('franchi', {
        title: 'Direttore',
        organisationId: '00000000-0000-4000-8000-000000000000',
        newOrganisation: { name: 'Confartigianato Imprese Lucca', category: 'BUSINESS_ASSOCIATION' },
      });
      expect(fieldErrors(both)).toEqual({
        organisationId: ['give either organisationId or newOrganisation, not both'],
      });
      expect(await count('organisations')).toBe(0);
    });

    it('check the new organisation: not a citizen, a valid tax code and web address, a role', async () => {
      const response = await request('franchi', {
        title: ' ',
        newOrganisation: {
          name: 'C',
          category: 'CITIZEN',
          taxCode: '01234567890',
          website: 'www.confartigianato.example',
        },
      });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldErrors(response)).sort()).toEqual([
        'newOrganisation.category',
        'newOrganisation.name',
        'newOrganisation.taxCode',
        'newOrganisation.website',
        'title',
      ]);
      expect(await count('organisations')).toBe(0);
    });

    it('register a new organisation with the pending request, audited, and not yet public', async () => {
      confartigianato = await requested('franchi', {
        title: 'Direttore',
        newOrganisation: {
          name: '  Confartigianato   Imprese Lucca ',
          category: 'BUSINESS_ASSOCIATION',
          taxCode: '0123 4567 897',
          website: 'https://confartigianato.example.it',
        },
      });
      expect(confartigianato).toMatchObject({
        status: 'PENDING',
        title: 'Direttore',
        organisation: {
          name: 'Confartigianato Imprese Lucca',
          category: 'BUSINESS_ASSOCIATION',
          website: 'https://confartigianato.example.it',
        },
      });
      const [row] = await api.sql<{ tax_code: string }>('SELECT tax_code FROM organisations');
      expect(row.tax_code).toBe('01234567897');
      expect(await audit('organisation.created', confartigianato.organisation.id)).toEqual([
        {
          actor_id: people.franchi.id,
          data: {
            after: {
              name: 'Confartigianato Imprese Lucca',
              category: 'BUSINESS_ASSOCIATION',
              website: 'https://confartigianato.example.it',
            },
          },
        },
      ]);
      expect(await audit('representation.requested', confartigianato.id)).toEqual([
        {
          actor_id: people.franchi.id,
          data: {
            organisationId: confartigianato.organisation.id,
            organisationName: 'Confartigianato Imprese Lucca',
            title: 'Direttore',
            newOrganisation: true,
          },
        },
      ]);
      expect(await publicList()).toEqual([]);
      expect(code(await api.client().request(ONE, { id: confartigianato.organisation.id }))).toBe(
        'NOT_FOUND',
      );
    });

    it('refuse a name already registered, whatever its case, naming the organisation to ask for instead', async () => {
      const response = await request('pieri', {
        title: 'Presidente',
        newOrganisation: { name: 'CONFARTIGIANATO imprese lucca', category: 'TRADE_UNION' },
      });
      const error = onlyError(response);
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toContain('"Confartigianato Imprese Lucca" is already registered');
      expect(error.extensions?.fieldErrors).toEqual({
        'newOrganisation.name': ['"Confartigianato Imprese Lucca" is already registered'],
      });
      expect(error.extensions?.existingOrganisation).toEqual({
        id: confartigianato.organisation.id,
        name: 'Confartigianato Imprese Lucca',
      });
      const sameCode = onlyError(
        await request('pieri', {
          title: 'Presidente',
          newOrganisation: { name: 'Altra associazione', category: 'TRADE_UNION', taxCode: '01234567897' },
        }),
      );
      expect(sameCode.extensions?.code).toBe('CONFLICT');
      expect(sameCode.extensions?.fieldErrors).toHaveProperty(['newOrganisation.taxCode']);
      expect(await count('organisations')).toBe(1);
      expect(await count('organisation_representatives')).toBe(1);
    });

    it('refuse a second live request for the same organisation, and an organisation that does not exist', async () => {
      const again = onlyError(
        await request('franchi', { title: 'Presidente', organisationId: confartigianato.organisation.id }),
      );
      expect(again.extensions?.code).toBe('CONFLICT');
      expect(again.message).toBe(
        'You already asked to represent "Confartigianato Imprese Lucca": an administrator will decide on that request.',
      );
      expect(
        code(
          await request('franchi', {
            title: 'Presidente',
            organisationId: '00000000-0000-4000-8000-000000000000',
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(code(await api.client().request(REQUEST, { input: { title: 'Presidente' } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await count('organisation_representatives')).toBe(1);
    });

    it('let another person ask to represent an organisation already registered', async () => {
      const second = await requested('pieri', {
        title: 'Vicepresidente',
        organisationId: confartigianato.organisation.id,
      });
      expect(second).toMatchObject({
        status: 'PENDING',
        organisation: { id: confartigianato.organisation.id },
      });
      const mine = await ok<{ myRepresentations: { id: string }[] }>(people.pieri.client, MINE);
      expect(mine.myRepresentations.map((r) => r.id)).toEqual([second.id]);
    });
  });

  describe("the administrators' decisions", () => {
    const queue = async (status?: string) =>
      (
        await ok<{
          representationRequests: (Representation & {
            organisationTaxCode: string | null;
            requester: { id: string; displayName: string };
          })[];
        }>(admin, QUEUE, { status })
      ).representationRequests;
    const decide = (query: string, variables: Record<string, unknown>, who = admin) =>
      who.request(query, variables);

    it('list pending requests oldest first, with who asked and the tax code, for administrators only', async () => {
      const pending = await queue('PENDING');
      expect(pending.map((r) => [r.requester.displayName, r.title, r.organisationTaxCode])).toEqual([
        ["Roberto de' Franchi", 'Direttore', '01234567897'],
        ['Marta Pieri', 'Vicepresidente', '01234567897'],
      ]);
      expect(await queue('VERIFIED')).toEqual([]);
      expect(code(await people.pieri.client.request(QUEUE))).toBe('FORBIDDEN');
    });

    it('verify a pending request, audited: the organisation becomes public with its representative by public name', async () => {
      const [franchi] = await queue('PENDING');
      const { verifyRepresentation } = await ok<{ verifyRepresentation: { status: string } }>(admin, VERIFY, {
        id: franchi.id,
      });
      expect(verifyRepresentation).toMatchObject({ status: 'VERIFIED', decisionReason: null });
      const [adminRow] = await api.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [
        ADMIN.email,
      ]);
      expect(await audit('representation.verified', franchi.id)).toEqual([
        {
          actor_id: adminRow.id,
          data: {
            organisationId: franchi.organisation.id,
            userId: people.franchi.id,
            before: { status: 'PENDING' },
            after: { status: 'VERIFIED', reason: null },
          },
        },
      ]);

      const listed = await publicList();
      expect(listed).toEqual([
        {
          id: franchi.organisation.id,
          name: 'Confartigianato Imprese Lucca',
          category: 'BUSINESS_ASSOCIATION',
          representatives: [{ publicName: 'R. D.', title: 'Direttore' }],
        },
      ]);
      expect(await publicList({ category: 'BUSINESS_ASSOCIATION', search: 'IMPRESE' })).toHaveLength(1);
      expect(await publicList({ category: 'TRADE_UNION' })).toEqual([]);
      expect(await publicList({ category: 'CITIZEN' })).toEqual([]);
      expect(await publicList({ search: '%' })).toEqual([]);
      const one = await api
        .client()
        .request<{ organisation: Organisation }>(ONE, { id: franchi.organisation.id });
      expect(one.data!.organisation.representatives).toEqual([{ publicName: 'R. D.', title: 'Direttore' }]);
      // Never an e-mail address, never the tax code, in what the public reads.
      expect(JSON.stringify([listed, one.data])).not.toMatch(/@|01234567897/);

      await ok(people.franchi.client, SET_MODE, { mode: 'FULL_NAME' });
      expect((await publicList())[0].representatives).toEqual([
        { publicName: "Roberto de' Franchi", title: 'Direttore' },
      ]);
    });

    it('refuse decisions the state does not allow with CONFLICT, changing nothing', async () => {
      const [verified] = await queue('VERIFIED');
      const [pending] = await queue('PENDING');
      const again = onlyError(await decide(VERIFY, { id: verified.id }));
      expect(again.extensions?.code).toBe('CONFLICT');
      expect(again.message).toBe(
        'Cannot decide: only a PENDING representation can be verified, and this one is VERIFIED.',
      );
      expect(code(await decide(REJECT, { id: verified.id, reason: 'Non più in carica' }))).toBe('CONFLICT');
      expect(code(await decide(REVOKE, { id: pending.id, reason: 'Non più in carica' }))).toBe('CONFLICT');
      expect(code(await decide(VERIFY, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(code(await decide(VERIFY, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
      expect(code(await decide(VERIFY, { id: pending.id }, people.pieri.client))).toBe('FORBIDDEN');
      expect(await count(`organisation_representatives WHERE status = 'PENDING'`)).toBe(1);
      expect(await count(`audit_entries WHERE action = 'representation.verified'`)).toBe(1);
    });

    it('reject a pending request with a reason the person reads, audited', async () => {
      const [pending] = await queue('PENDING');
      const blank = await decide(REJECT, { id: pending.id, reason: '   ' });
      expect(Object.keys(fieldErrors(blank))).toEqual(['reason']);
      const { rejectRepresentation } = await ok<{ rejectRepresentation: { status: string } }>(admin, REJECT, {
        id: pending.id,
        reason: ' Non risulta tra gli organi della associazione. ',
      });
      expect(rejectRepresentation).toMatchObject({
        status: 'REJECTED',
        decisionReason: 'Non risulta tra gli organi della associazione.',
      });
      const mine = await ok<{ myRepresentations: { status: string; decisionReason: string }[] }>(
        people.pieri.client,
        MINE,
      );
      expect(mine.myRepresentations).toEqual([
        expect.objectContaining({
          status: 'REJECTED',
          decisionReason: 'Non risulta tra gli organi della associazione.',
          organisation: { name: 'Confartigianato Imprese Lucca' },
        }),
      ]);
      expect((await audit('representation.rejected', pending.id))[0].data).toMatchObject({
        before: { status: 'PENDING' },
        after: { status: 'REJECTED', reason: 'Non risulta tra gli organi della associazione.' },
      });
    });

    it('revoke a verified representation with a reason, audited: the organisation leaves the public list and may be asked for again', async () => {
      const [verified] = await queue('VERIFIED');
      const { revokeRepresentation } = await ok<{ revokeRepresentation: { status: string } }>(admin, REVOKE, {
        id: verified.id,
        reason: 'Non è più direttore.',
      });
      expect(revokeRepresentation).toMatchObject({
        status: 'REVOKED',
        decisionReason: 'Non è più direttore.',
      });
      expect((await audit('representation.revoked', verified.id))[0].data).toMatchObject({
        before: { status: 'VERIFIED' },
        after: { status: 'REVOKED', reason: 'Non è più direttore.' },
      });
      expect(await publicList()).toEqual([]);
      const renewed = await requested('franchi', {
        title: 'Presidente',
        organisationId: verified.organisation.id,
      });
      expect(renewed.status).toBe('PENDING');
      const mine = await ok<{ myRepresentations: { status: string }[] }>(people.franchi.client, MINE);
      expect(mine.myRepresentations.map((r) => r.status)).toEqual(['PENDING', 'REVOKED']);
    });

    it("leave an administrator's own request to another administrator", async () => {
      const own = await admin.request<{ requestRepresentation: Representation }>(REQUEST, {
        input: {
          title: 'Segretario',
          newOrganisation: { name: 'Provincia di Lucca', category: 'LOCAL_INSTITUTION' },
        },
      });
      const id = own.data!.requestRepresentation.id;
      const error = onlyError(await decide(VERIFY, { id }));
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toBe('Another administrator must verify your own request.');
    });
  });
});
