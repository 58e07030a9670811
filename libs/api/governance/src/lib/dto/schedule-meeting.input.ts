import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { AGENDA_SUBJECTS, type AgendaSubject } from '@piano2030/shared-domain';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { AgendaSubjectEnum } from '../models/enums';

@InputType()
export class AgendaItemInput {
  @Field()
  @Trim()
  @IsString()
  @Length(3, 300, { message: 'title must be between 3 and 300 characters' })
  @IsPlainText()
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, 4000, { message: 'description must be at most 4000 characters' })
  @IsPlainText()
  description?: string | null;

  @Field(() => AgendaSubjectEnum)
  @IsIn(AGENDA_SUBJECTS)
  subjectKind!: AgendaSubject;

  @Field(() => String, {
    nullable: true,
    description: 'The act, document or record: a number, title or link',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 500, { message: 'subjectReference must be at most 500 characters' })
  @IsPlainText()
  subjectReference?: string | null;

  @Field(() => String, { nullable: true, description: 'The intervention area the item concerns' })
  @IsOptional()
  @IsString()
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The process phase the item concerns' })
  @IsOptional()
  @IsString()
  phaseCode?: string | null;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bodyId must be the id of a body' })
  bodyId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  @IsPlainText()
  title!: string;

  @Field({ description: 'When the meeting starts; must be in the future' })
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 300, { message: 'place must be between 2 and 300 characters' })
  @IsPlainText()
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The video call, for remote participants' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'link must be an https:// address' })
  link?: string | null;

  @Field(() => [AgendaItemInput], { description: 'The agenda, in order' })
  @ArrayMinSize(1, { message: 'agenda must have at least one item' })
  @ArrayMaxSize(50, { message: 'agenda can have at most 50 items' })
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda!: AgendaItemInput[];
}
