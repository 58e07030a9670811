import {
  NOTIFICATION_LIMITS,
  type DispositionOutcome,
  type NotificationKind,
} from '@piano2030/shared-domain';
import type { NotificationData } from './entities/notification.entity';

/**
 * A text shortened for a notification: white space collapsed, bold markers dropped, at most
 * `max` characters, cut at a word where one is near and marked with an ellipsis.
 */
export function excerptOf(text: string, max: number = NOTIFICATION_LIMITS.excerptMax): string {
  const plain = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const characters = [...plain];
  if (characters.length <= max) return plain;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const OUTCOMES: Record<DispositionOutcome, { it: string; en: string }> = {
  ACCEPTED: { it: 'accolto', en: 'accepted' },
  PARTIALLY_ACCEPTED: { it: 'parzialmente accolto', en: 'partly accepted' },
  REJECTED: { it: 'non accolto', en: 'not accepted' },
  ALREADY_PLANNED: { it: 'già previsto', en: 'already planned' },
  NOT_RELEVANT: { it: 'non pertinente', en: 'not relevant' },
};

const outcomeIn = (outcome: string | undefined, language: 'it' | 'en') =>
  OUTCOMES[outcome as DispositionOutcome]?.[language] ?? outcome ?? '';

const who = (data: NotificationData, fallback: string) =>
  data.actorName
    ? data.organisationName
      ? `${data.actorName} (${data.organisationName})`
      : data.actorName
    : fallback;

/** One sentence per kind and language: what happened, and where. */
export function headline(kind: NotificationKind, data: NotificationData, language: 'it' | 'en'): string {
  const title = data.consultationTitle;
  if (language === 'it') {
    switch (kind) {
      case 'REPLY':
        return `${who(data, 'Qualcuno')} ha risposto al tuo contributo nella consultazione «${title}».`;
      case 'MENTION':
        return `${who(data, 'Qualcuno')} ha menzionato ${data.mentioned ? `«${data.mentioned}»` : 'te'} nella consultazione «${title}».`;
      case 'DISPOSITION':
        return `Il tuo contributo alla consultazione «${title}» ha ricevuto una risposta motivata: ${outcomeIn(data.outcome, 'it')}.`;
      case 'MODERATION':
        return `Il tuo contributo alla consultazione «${title}» è stato nascosto dalla moderazione.`;
    }
  }
  switch (kind) {
    case 'REPLY':
      return `${who(data, 'Someone')} replied to your contribution in the consultation “${title}”.`;
    case 'MENTION':
      return `${who(data, 'Someone')} mentioned ${data.mentioned ? `“${data.mentioned}”` : 'you'} in the consultation “${title}”.`;
    case 'DISPOSITION':
      return `Your contribution to the consultation “${title}” received a reasoned answer: ${outcomeIn(data.outcome, 'en')}.`;
    case 'MODERATION':
      return `Your contribution to the consultation “${title}” was hidden by moderation.`;
  }
}

const SUBJECTS: Record<NotificationKind, string> = {
  REPLY: 'Nuova risposta al tuo contributo / New reply to your contribution',
  MENTION: 'Ti hanno menzionato / You were mentioned',
  DISPOSITION: 'Risposta motivata al tuo contributo / A reasoned answer to your contribution',
  MODERATION: 'Il tuo contributo è stato nascosto / Your contribution was hidden',
};

export interface EmailText {
  subject: string;
  text: string;
}

/** Where a notification leads and where the person changes their choices. */
export interface EmailLinks {
  item: string;
  preferences: string;
}

function details(kind: NotificationKind, data: NotificationData, language: 'it' | 'en'): string[] {
  const lines = [`  « ${data.excerpt} »`];
  if (data.reason) {
    const label =
      kind === 'MODERATION'
        ? language === 'it'
          ? 'Motivo'
          : 'Reason'
        : language === 'it'
          ? 'Motivazione'
          : 'Reasons';
    lines.push(`  ${label}: ${data.reason}`);
  }
  return lines;
}

/** The e-mail sent at once for one notification: Italian first, then English. */
export function immediateEmail(kind: NotificationKind, data: NotificationData, links: EmailLinks): EmailText {
  return {
    subject: `Piano 2030 – ${SUBJECTS[kind]}`,
    text: [
      headline(kind, data, 'it'),
      '',
      ...details(kind, data, 'it'),
      '',
      `Leggi: ${links.item}`,
      `Scegli quali e-mail ricevere: ${links.preferences}`,
      '',
      '— English —',
      '',
      headline(kind, data, 'en'),
      '',
      ...details(kind, data, 'en'),
      '',
      `Read it: ${links.item}`,
      `Choose which e-mails you get: ${links.preferences}`,
      '',
    ].join('\n'),
  };
}

export interface DigestItem {
  consultationId: string;
  kind: NotificationKind;
  data: NotificationData;
  /** Where the item leads. */
  link: string;
}

export interface DigestGroup {
  consultationId: string;
  title: string;
  items: DigestItem[];
}

/** The items grouped by consultation: groups in the order their first item came, items in theirs. */
export function groupByConsultation(items: readonly DigestItem[]): DigestGroup[] {
  const groups = new Map<string, DigestGroup>();
  for (const item of items) {
    const group = groups.get(item.consultationId) ?? {
      consultationId: item.consultationId,
      title: item.data.consultationTitle,
      items: [],
    };
    group.items.push(item);
    groups.set(item.consultationId, group);
  }
  return [...groups.values()];
}

/** The day's digest, grouped by consultation (a heading per title), or null when there is nothing. */
export function digestEmail(
  items: readonly DigestItem[],
  day: string,
  preferencesLink: string,
): EmailText | null {
  if (!items.length) return null;
  const groups = groupByConsultation(items);
  const section = (language: 'it' | 'en') =>
    groups.flatMap((group) => [
      group.title,
      '='.repeat(Math.min([...group.title].length, 72)),
      ...group.items.flatMap((item) => [
        `- ${headline(item.kind, item.data, language)}`,
        ...details(item.kind, item.data, language),
        `  ${item.link}`,
      ]),
      '',
    ]);
  return {
    subject: `Piano 2030 – Riepilogo del ${day} / Digest of ${day} (${items.length})`,
    text: [
      `Ecco le novità sui tuoi contributi (${items.length}).`,
      '',
      ...section('it'),
      `Scegli quali e-mail ricevere: ${preferencesLink}`,
      '',
      '— English —',
      '',
      `Here is what happened to your contributions (${items.length}).`,
      '',
      ...section('en'),
      `Choose which e-mails you get: ${preferencesLink}`,
      '',
    ].join('\n'),
  };
}
