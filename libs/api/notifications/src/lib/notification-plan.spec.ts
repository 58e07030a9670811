import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import { planNotifications, type ContributionFacts, type EventFacts } from './notification-plan';

const reply: ContributionFacts = {
  id: 'c2',
  consultationId: 'k1',
  consultationTitle: 'Turismo lento',
  authorId: 'giulio',
  authorName: 'G. B.',
  organisationName: null,
  status: 'PUBLISHED',
  body: 'Sono d’accordo con la proposta.',
  parentAuthorId: 'maria',
};

const event = (
  type: string,
  extra: Partial<EventFacts> = {},
  contribution: Partial<ContributionFacts> = {},
) =>
  planNotifications({
    type,
    contribution: { ...reply, ...contribution },
    disposition: null,
    moderationReason: null,
    mentions: [],
    ...extra,
  });

describe('planNotifications', () => {
  it("tells a parent's author of a public reply, quoting it with the replier's public name", () => {
    expect(event(CONTRIBUTION_EVENTS.PUBLISHED)).toEqual([
      {
        userId: 'maria',
        kind: 'REPLY',
        data: { consultationTitle: 'Turismo lento', excerpt: reply.body, actorName: 'G. B.' },
      },
    ]);
  });

  it('names the organisation the replier spoke for', () => {
    expect(event(CONTRIBUTION_EVENTS.PUBLISHED, {}, { organisationName: 'CNA Lucca' })[0].data).toMatchObject(
      {
        actorName: 'G. B.',
        organisationName: 'CNA Lucca',
      },
    );
  });

  it.each<[string, Partial<ContributionFacts>]>([
    ['a reply to oneself', { parentAuthorId: 'giulio' }],
    ['a root contribution', { parentAuthorId: null }],
    ['a reply no longer public', { status: 'HIDDEN' }],
    ['a reply awaiting moderation', { status: 'PENDING' }],
  ])('tells nobody of %s', (_case, contribution) => {
    expect(event(CONTRIBUTION_EVENTS.PUBLISHED, {}, contribution)).toEqual([]);
  });

  it('tells the people mentioned, once each, never the author, never twice the one replied to', () => {
    const planned = event(CONTRIBUTION_EVENTS.PUBLISHED, {
      mentions: [
        { userId: 'maria', name: 'Maria Rossi' },
        { userId: 'giulio', name: 'Giulio Bianchi' },
        { userId: 'rep1', name: 'CNA Lucca' },
        { userId: 'rep1', name: 'Rita Neri' },
      ],
    });
    expect(planned.map((p) => [p.userId, p.kind])).toEqual([
      ['maria', 'REPLY'],
      ['rep1', 'MENTION'],
    ]);
    expect(planned[1].data).toMatchObject({ mentioned: 'CNA Lucca', actorName: 'G. B.' });
  });

  it('does not quote a mention in a text that is not public', () => {
    expect(
      event(
        CONTRIBUTION_EVENTS.PUBLISHED,
        { mentions: [{ userId: 'rep1', name: 'CNA Lucca' }] },
        { status: 'HIDDEN' },
      ),
    ).toEqual([]);
  });

  it("tells the author of the committee's published answer, with the outcome", () => {
    expect(
      event(CONTRIBUTION_EVENTS.ANSWERED, { disposition: { outcome: 'REJECTED', reasons: 'Fuori ambito.' } }),
    ).toEqual([
      {
        userId: 'giulio',
        kind: 'DISPOSITION',
        data: {
          consultationTitle: 'Turismo lento',
          excerpt: reply.body,
          outcome: 'REJECTED',
          reason: 'Fuori ambito.',
        },
      },
    ]);
    expect(event(CONTRIBUTION_EVENTS.ANSWERED)).toEqual([]);
  });

  it("tells the author their contribution was hidden, with the moderator's reason, while it stays hidden", () => {
    expect(
      event(CONTRIBUTION_EVENTS.HIDDEN, { moderationReason: 'Linguaggio offensivo.' }, { status: 'HIDDEN' }),
    ).toEqual([
      {
        userId: 'giulio',
        kind: 'MODERATION',
        data: { consultationTitle: 'Turismo lento', excerpt: reply.body, reason: 'Linguaggio offensivo.' },
      },
    ]);
    expect(event(CONTRIBUTION_EVENTS.HIDDEN, {}, { status: 'PUBLISHED' })).toEqual([]);
  });

  it.each([
    CONTRIBUTION_EVENTS.EDITED,
    CONTRIBUTION_EVENTS.SUPPORTED,
    CONTRIBUTION_EVENTS.RESTORED,
    CONTRIBUTION_EVENTS.CONSULTATION_STATUS,
  ])('tells nobody of %s', (type) => {
    expect(event(type)).toEqual([]);
  });

  it('tells nobody of an event without a contribution', () => {
    expect(
      planNotifications({
        type: CONTRIBUTION_EVENTS.PUBLISHED,
        contribution: null,
        disposition: null,
        moderationReason: null,
        mentions: [],
      }),
    ).toEqual([]);
  });
});
