import type { EntityManager } from 'typeorm';
import type { Actor } from '@piano2030/api-core';
import { ParticipantsService } from './participants.service';

const actor: Actor = {
  userId: 'u-1',
  sessionId: 's-1',
  displayName: 'Sara Romano',
  roles: ['AUTHENTICATED'],
};
const ORGANISATION = '7d0c2a4e-0000-4000-8000-000000000001';

/** A manager whose only query answers with `rows`, recording what it was asked. */
function managerAnswering(rows: unknown[]) {
  const query = jest.fn().mockResolvedValue(rows);
  return { manager: { query } as unknown as EntityManager, query };
}

/**
 * Without a database: the branches of speakerFor. Its SQL runs against PostgreSQL in no test yet
 * (no GraphQL operation calls it before consultations do); see the report of the participants work.
 */
describe('ParticipantsService.speakerFor', () => {
  const service = new ParticipantsService();

  it.each([null, undefined])(
    'lets a person speak for themselves as CITIZEN (organisation %s)',
    async (id) => {
      const { manager, query } = managerAnswering([]);
      await expect(service.speakerFor(manager, actor, id)).resolves.toEqual({
        userId: 'u-1',
        organisationId: null,
        category: 'CITIZEN',
      });
      expect(query).not.toHaveBeenCalled();
    },
  );

  it("speaks for an organisation with the organisation's category, locking the verified representation", async () => {
    const { manager, query } = managerAnswering([{ category: 'TRADE_UNION' }]);
    await expect(service.speakerFor(manager, actor, ORGANISATION)).resolves.toEqual({
      userId: 'u-1',
      organisationId: ORGANISATION,
      category: 'TRADE_UNION',
    });
    const [sql, params] = query.mock.calls[0] as [string, unknown[]];
    expect(sql).toMatch(/r\.status = 'VERIFIED'/);
    expect(sql).toMatch(/FOR SHARE OF r/);
    expect(params).toEqual([ORGANISATION, 'u-1']);
  });

  it('refuses an organisation the person is not a verified representative of with FORBIDDEN', async () => {
    const { manager } = managerAnswering([]);
    await expect(service.speakerFor(manager, actor, ORGANISATION)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You can speak for an organisation only as its representative verified by an administrator.',
    });
  });

  it('refuses an id that cannot name an organisation without asking the database', async () => {
    const { manager, query } = managerAnswering([]);
    await expect(service.speakerFor(manager, actor, 'not-an-id')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(query).not.toHaveBeenCalled();
  });
});
