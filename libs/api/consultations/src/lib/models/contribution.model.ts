import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AnchorKind,
  ContributionKind,
  ContributionStatus,
  StakeholderCategory,
} from '@piano2030/shared-domain';
import { StakeholderCategoryEnum } from '@piano2030/api-participants';
import { AnchorKindEnum, ContributionKindEnum, ContributionStatusEnum } from './contribution.enums';

@ObjectType('ContributionAnchor', { description: 'What a contribution points at in the consultation' })
export class ContributionAnchorModel {
  @Field(() => AnchorKindEnum)
  kind!: AnchorKind;

  @Field({ description: 'An intervention or SWOT item id, or a paragraph of the document' })
  ref!: string;
}

@ObjectType('ContributionAuthor', {
  description: 'Who speaks: a person by their public name (initials by default), an organisation by name',
})
export class ContributionAuthorModel {
  @Field({ description: "The person's public name" })
  name!: string;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when they spoke for an organisation' })
  organisationName!: string | null;

  @Field(() => StakeholderCategoryEnum)
  category!: StakeholderCategory;
}

@ObjectType('Contribution')
export class ContributionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  consultationId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, { description: 'The root contribution of its thread (itself for a root)' })
  threadId!: string;

  @Field(() => Int, { description: '1 for a root contribution, up to 3 for a reply to a reply' })
  depth!: number;

  @Field(() => ContributionKindEnum)
  kind!: ContributionKind;

  @Field(() => ContributionStatusEnum)
  status!: ContributionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text with a safe formatting subset; null when hidden from the caller',
  })
  body!: string | null;

  @Field(() => ContributionAuthorModel)
  author!: ContributionAuthorModel;

  @Field(() => ContributionAnchorModel, { nullable: true })
  anchor!: ContributionAnchorModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a moderator hid or rejected it: for its author and moderators only',
  })
  moderationReason!: string | null;

  @Field(() => Int)
  replyCount!: number;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => Int, { description: 'Times edited within the edit window' })
  editCount!: number;

  @Field({ description: 'Whether the caller supports it (false for anonymous visitors)' })
  viewerSupports!: boolean;

  @Field({ description: 'Whether the caller wrote it' })
  viewerIsAuthor!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  /** Not exposed: the author's account, for resolved fields and permission checks. */
  authorId!: string;
}

@ObjectType('ContributionPage', { description: 'A page of contributions, oldest first' })
export class ContributionPageModel {
  @Field(() => [ContributionModel])
  nodes!: ContributionModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;

  @Field(() => Int, { description: 'Visible contributions at this level (roots, or replies of the parent)' })
  totalCount!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "A thread page's consultation's last event number, read with the page: listen from there (contributionEventsSince after it)",
  })
  lastEventSeq?: number | null;
}

@ObjectType('ContributionRevision', { description: 'A text the contribution had before an edit' })
export class ContributionRevisionModel {
  @Field()
  body!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was replaced' })
  replacedAt!: Date;
}
