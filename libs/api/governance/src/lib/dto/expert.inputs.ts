import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';

@InputType()
export class EngageExpertInput {
  @Field(() => ID, { description: "The expert's account" })
  @IsUUID('all', { message: 'userId must be the id of an account' })
  userId!: string;

  @Field(() => ID, { description: 'The approved Cabina decision that calls on the expert' })
  @IsUUID('all', { message: 'decisionId must be the id of a decision' })
  decisionId!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(6)
  @IsString({ each: true })
  phaseCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(8)
  @IsString({ each: true })
  areaCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 300, { message: 'theme must be between 3 and 300 characters' })
  @IsPlainText()
  theme?: string | null;

  @Field(() => GraphQLLocalDate)
  @IsString()
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  @IsString()
  endsOn!: string;

  @Field({ description: 'Interests, roles and relationships that could bear on the engagement' })
  @Trim()
  @IsString()
  @Length(10, 5000, { message: 'declarationOfInterest must be between 10 and 5000 characters' })
  @IsPlainText()
  declarationOfInterest!: string;
}

@InputType()
export class SubmitExpertOpinionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agendaItemId must be the id of an agenda item' })
  agendaItemId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(10, 20_000, { message: 'text must be between 10 and 20000 characters' })
  @IsPlainText()
  text!: string;
}
