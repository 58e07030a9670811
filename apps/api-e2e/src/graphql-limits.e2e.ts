import { GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import { startApi, type RunningApi } from './support/api-process';

describe('GraphQL refuses abusive requests before executing them', () => {
  let api: RunningApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api?.stop());

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} levels, even through fragments`, async () => {
    // Our schema is shallow, so the document also fails other rules; the depth rule must still speak.
    const nested = (depth: number): string => (depth === 0 ? 'id' : `f${depth} { ${nested(depth - 1)} }`);
    const deep = `fragment Deep on User { ${nested(12)} } query { me { ...Deep } }`;
    const response = await api.client().request(deep);
    expect(response.status).toBe(400);
    const depthError = response.errors!.find((e) => /levels deep/.test(e.message));
    expect(depthError?.message).toBe('The query is 14 levels deep; the limit is 12.');
    expect(depthError?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeNull();
    const shallow = await api.client().request(`fragment Ok on User { id } query { me { ...Ok } }`);
    expect(shallow.errors).toBeUndefined();
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: interventionAreas { code }`).join(' ');
    const response = await api.client().request(`{ ${aliases} }`);
    expect(response.errors![0].message).toMatch(/31 aliases; the limit is 30/);
  });

  it('refuses a body over 100 KB with 413 before parsing it', async () => {
    const body = JSON.stringify({
      query: '{ me { id } }',
      padding: 'x'.repeat(GRAPHQL_LIMITS.maxBodyBytes + 1),
    });
    const response = await api.client().post(body);
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses batched requests', async () => {
    const response = await api
      .client()
      .post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(response.status).toBe(400);
  });

  it('has introspection and field suggestions off in production', async () => {
    const introspection = await api.client().request('{ __schema { types { name } } }');
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const typo = await api.client().request('{ interventionArea(code: "PS1") { nam } }');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('never sends a stack trace', async () => {
    const response = await api.client().request('{ interventionArea(code: "nope") { code } }');
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.js:\d+/);
  });
});
