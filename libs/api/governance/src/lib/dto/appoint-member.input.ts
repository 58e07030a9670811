import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PARTY_CODES, type PartyCode } from '@piano2030/shared-domain';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@piano2030/shared-domain';
import { MembershipRoleEnum } from '../models/enums';

@InputType()
export class AppointMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bodyId must be the id of a body' })
  bodyId!: string;

  @Field(() => ID, { description: 'The account of the person appointed' })
  @IsUUID('all', { message: 'userId must be the id of an account' })
  userId!: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: 'The designating Parte; required for split seats' })
  @IsOptional()
  @IsIn(PARTY_CODES, { message: `partyCode must be one of ${PARTY_CODES.join(', ')}` })
  partyCode?: PartyCode | null;

  @Field({ description: 'The act of designation, e.g. "Decreto del Presidente n. 12/2020"' })
  @Trim()
  @IsString()
  @Length(3, 200, { message: 'designationReference must be between 3 and 200 characters' })
  @IsPlainText()
  designationReference!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The approved Cabina decision behind it; required for the Comitato operativo',
  })
  @IsOptional()
  @IsUUID('all', { message: 'decisionId must be the id of a decision' })
  decisionId?: string | null;

  @Field(() => GraphQLLocalDate)
  @IsString()
  designationDate!: string;

  @Field(() => GraphQLLocalDate)
  @IsString()
  termFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  termTo?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'alternateUserId must be the id of an account' })
  alternateUserId?: string | null;
}
