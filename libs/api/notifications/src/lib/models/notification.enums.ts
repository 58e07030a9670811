import { graphqlEnum } from '@piano2030/api-core';
import { EMAIL_KINDS, EMAIL_MODES, NOTIFICATION_KINDS } from '@piano2030/shared-domain';

export const NotificationKindEnum = graphqlEnum(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'A reply to one of my contributions, the committee answer to it, a mention of me or my organisation, or its hiding by moderation',
);
export const EmailModeEnum = graphqlEnum(
  EMAIL_MODES,
  'EmailMode',
  'How a kind of notification also arrives by e-mail: at once, in the daily digest, or never',
);
export const EmailKindEnum = graphqlEnum(
  EMAIL_KINDS,
  'EmailKind',
  'An e-mail about one notification, or the daily digest',
);
