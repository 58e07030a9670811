import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { EMAIL_MODES, NOTIFICATION_LIMITS, type EmailMode } from '@piano2030/shared-domain';
import { EmailModeEnum } from '../models/notification.enums';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (20 when left out)' })
  @IsOptional()
  @IsInt()
  first?: number;

  @Field(() => String, { nullable: true, description: "The previous page's endCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the ones not yet read' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ArgsType()
export class EmailOutboxArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the ones not yet sent' })
  @IsOptional()
  @IsBoolean()
  unsentOnly?: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'My notifications to mark as read' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_LIMITS.markReadMax)
  @IsUUID('all', { each: true, message: 'ids must be ids of notifications' })
  ids?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: every one of mine' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@InputType()
export class SetNotificationPreferencesInput {
  @Field(() => EmailModeEnum, { nullable: true, description: 'Replies to my contributions' })
  @IsOptional()
  @IsIn(EMAIL_MODES)
  reply?: EmailMode;

  @Field(() => EmailModeEnum, { nullable: true, description: "The committee's answers to my contributions" })
  @IsOptional()
  @IsIn(EMAIL_MODES)
  disposition?: EmailMode;

  @Field(() => EmailModeEnum, { nullable: true, description: 'Mentions of me or of my organisation' })
  @IsOptional()
  @IsIn(EMAIL_MODES)
  mention?: EmailMode;

  @Field(() => EmailModeEnum, { nullable: true, description: 'My contributions hidden by moderation' })
  @IsOptional()
  @IsIn(EMAIL_MODES)
  moderation?: EmailMode;
}
