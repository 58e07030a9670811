/**
 * What people are told about the consultations they take part in (issue 6): an in-app list always,
 * and an e-mail per kind as each person chooses: at once, in the daily digest, or never.
 */
export const NOTIFICATION_KINDS = ['REPLY', 'DISPOSITION', 'MENTION', 'MODERATION'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_MODES = ['IMMEDIATE', 'DAILY', 'NONE'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** Everyone gets every kind by e-mail at once until they choose otherwise. */
export const DEFAULT_EMAIL_MODES: Readonly<Record<NotificationKind, EmailMode>> = {
  REPLY: 'IMMEDIATE',
  DISPOSITION: 'IMMEDIATE',
  MENTION: 'IMMEDIATE',
  MODERATION: 'IMMEDIATE',
};

/** An e-mail of the outbox: one notification at once, or the day's digest. */
export const EMAIL_KINDS = ['IMMEDIATE', 'DIGEST'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const NOTIFICATION_LIMITS = {
  /** Characters of a contribution's public text a notification quotes. */
  excerptMax: 200,
  pageSizeDefault: 20,
  /** Notifications one call may mark as read by id. */
  markReadMax: 100,
} as const;
