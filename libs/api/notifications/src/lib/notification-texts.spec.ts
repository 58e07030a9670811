import type { NotificationData } from './entities/notification.entity';
import {
  digestEmail,
  excerptOf,
  groupByConsultation,
  immediateEmail,
  type DigestItem,
} from './notification-texts';

const links = {
  item: 'https://p.example/consultazioni/k1#contributo-c1',
  preferences: 'https://p.example/area-personale',
};
const data = (title: string, extra: Partial<NotificationData> = {}): NotificationData => ({
  consultationTitle: title,
  excerpt: 'Servono fontanelle.',
  ...extra,
});

describe('excerptOf', () => {
  it('keeps a short text, white space collapsed and bold markers dropped', () => {
    expect(excerptOf('  Servono   **fontanelle**\n\nlungo il cammino. ')).toBe(
      'Servono fontanelle lungo il cammino.',
    );
  });

  it('cuts a long text at a word, within 200 characters, with an ellipsis', () => {
    const text = 'parola '.repeat(60);
    const excerpt = excerptOf(text);
    expect([...excerpt].length).toBeLessThanOrEqual(200);
    expect(excerpt).toMatch(/parola…$/);
  });

  it('cuts a text without spaces at the limit, counting characters not UTF-16 units', () => {
    const excerpt = excerptOf('🌿'.repeat(300));
    expect([...excerpt]).toHaveLength(200);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

describe('immediateEmail', () => {
  it('tells in Italian first, then in English, with the quote and the links', () => {
    const { subject, text } = immediateEmail('REPLY', data('Turismo lento', { actorName: 'G. B.' }), links);
    expect(subject).toContain('Nuova risposta');
    expect(subject).toContain('New reply');
    const italian = text.indexOf('G. B. ha risposto al tuo contributo nella consultazione «Turismo lento»');
    const english = text.indexOf('G. B. replied to your contribution in the consultation “Turismo lento”');
    expect(italian).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(italian);
    expect(text).toContain('Servono fontanelle.');
    expect(text).toContain(links.item);
    expect(text).toContain(links.preferences);
  });

  it('gives the outcome of an answer and the reason of a hiding in both languages', () => {
    const answer = immediateEmail(
      'DISPOSITION',
      data('T', { outcome: 'PARTIALLY_ACCEPTED', reason: 'In parte.' }),
      links,
    );
    expect(answer.text).toContain('parzialmente accolto');
    expect(answer.text).toContain('partly accepted');
    const hidden = immediateEmail('MODERATION', data('T', { reason: 'Offensivo.' }), links);
    expect(hidden.text).toContain('Motivo: Offensivo.');
    expect(hidden.text).toContain('Reason: Offensivo.');
  });
});

describe('the daily digest', () => {
  const item = (consultationId: string, title: string, excerpt: string): DigestItem => ({
    consultationId,
    kind: 'REPLY',
    data: data(title, { excerpt, actorName: 'A. B.' }),
    link: `https://p.example/consultazioni/${consultationId}`,
  });
  const items = [
    item('k1', 'Turismo lento', 'primo'),
    item('k2', 'Filiere agroalimentari', 'secondo'),
    item('k1', 'Turismo lento', 'terzo'),
  ];

  it('groups by consultation, in the order each first appeared, items in their order', () => {
    expect(
      groupByConsultation(items).map((group) => [group.title, group.items.map((i) => i.data.excerpt)]),
    ).toEqual([
      ['Turismo lento', ['primo', 'terzo']],
      ['Filiere agroalimentari', ['secondo']],
    ]);
  });

  it('writes one heading per consultation in each language, then its items', () => {
    const email = digestEmail(items, '2026-03-02', 'https://p.example/area-personale');
    expect(email?.subject).toContain('2026-03-02');
    const text = email?.text ?? '';
    expect(text.match(/^Turismo lento$/gm)).toHaveLength(2);
    expect(text.match(/^Filiere agroalimentari$/gm)).toHaveLength(2);
    const italian = text.slice(0, text.indexOf('— English —'));
    expect(italian.indexOf('primo')).toBeLessThan(italian.indexOf('terzo'));
    expect(italian.indexOf('terzo')).toBeLessThan(italian.indexOf('Filiere agroalimentari'));
  });

  it('is never written empty', () => {
    expect(digestEmail([], '2026-03-02', 'x')).toBeNull();
  });
});
