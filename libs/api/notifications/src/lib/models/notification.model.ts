import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DispositionOutcomeEnum } from '@piano2030/api-consultations';
import type { DispositionOutcome, EmailKind, EmailMode, NotificationKind } from '@piano2030/shared-domain';
import { EmailKindEnum, EmailModeEnum, NotificationKindEnum } from './notification.enums';

@ObjectType('Notification', {
  description: 'Something that happened to my contributions, with the public texts it quotes',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => ID)
  consultationId!: string;

  @Field({ description: 'The consultation, as titled when it happened' })
  consultationTitle!: string;

  @Field(() => ID, { description: 'The contribution to open: the reply, the mentioning text, or my own' })
  contributionId!: string;

  @Field({ description: 'Up to 200 characters of that contribution' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'Who replied or mentioned, by public name' })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation they spoke for' })
  organisationName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'MENTION: the name mentioned, mine or my organisation',
  })
  mentioned!: string | null;

  @Field(() => DispositionOutcomeEnum, { nullable: true, description: 'DISPOSITION: the outcome' })
  outcome!: DispositionOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: "DISPOSITION: the answer's reasons (shortened); MODERATION: the moderator's reason",
  })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('NotificationPage', { description: 'My notifications, newest first' })
export class NotificationPageModel {
  @Field(() => [NotificationModel])
  nodes!: NotificationModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;

  @Field(() => Int, { description: 'All my unread notifications, whatever the page' })
  unreadCount!: number;
}

@ObjectType('NotificationPreferences', {
  description: 'How each kind of notification also arrives by e-mail; the in-app list always has them',
})
export class NotificationPreferencesModel {
  @Field(() => EmailModeEnum)
  reply!: EmailMode;

  @Field(() => EmailModeEnum)
  disposition!: EmailMode;

  @Field(() => EmailModeEnum)
  mention!: EmailMode;

  @Field(() => EmailModeEnum)
  moderation!: EmailMode;
}

@ObjectType('EmailOutboxEntry', { description: 'An e-mail written by the platform, sent or waiting' })
export class EmailOutboxEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  toAddress!: string;

  @Field()
  subject!: string;

  @Field({ description: 'Plain text, Italian then English' })
  textBody!: string;

  @Field(() => EmailKindEnum)
  kind!: EmailKind;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while unsent (or without SMTP_URL)' })
  sentAt!: Date | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}

@ObjectType('EmailOutboxPage', { description: 'The e-mail outbox, newest first' })
export class EmailOutboxPageModel {
  @Field(() => [EmailOutboxEntryModel])
  nodes!: EmailOutboxEntryModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
