/** What the notifications domain is configured with (apps/api config: the environment, checked). */
export interface NotificationsOptions {
  /** How often the projector, the digest and the mail sender run (NOTIFICATIONS_POLL_MS); 0: never. */
  pollMs: number;
  /** Where e-mails go (SMTP_URL); null: they stay in the outbox for administrators to read. */
  smtpUrl: string | null;
  /** The sender of every e-mail (SMTP_FROM). */
  smtpFrom: string;
  /** From this hour (Europe/Rome) the daily digests are written (DIGEST_HOUR); null: only on request. */
  digestHour: number | null;
  /** The public address of the site, for links in e-mails (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

export const DEFAULT_NOTIFICATIONS_OPTIONS: NotificationsOptions = {
  pollMs: 1_000,
  smtpUrl: null,
  smtpFrom: 'Piano Strategico 2030 <noreply@piano2030.localhost>',
  digestHour: 7,
  publicUrl: 'http://localhost:3000',
};

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** Where an e-mail about a contribution leads: its consultation's page, opened at it. */
export function itemLink(publicUrl: string, consultationId: string, contributionId: string): string {
  return `${base(publicUrl)}/consultazioni/${consultationId}#contributo-${contributionId}`;
}

/** Where a person chooses which e-mails they get. */
export function preferencesLink(publicUrl: string): string {
  return `${base(publicUrl)}/area-personale`;
}

/** The links an immediate e-mail carries. */
export function linksFor(
  publicUrl: string,
  consultationId: string,
  contributionId: string,
): { item: string; preferences: string } {
  return {
    item: itemLink(publicUrl, consultationId, contributionId),
    preferences: preferencesLink(publicUrl),
  };
}
