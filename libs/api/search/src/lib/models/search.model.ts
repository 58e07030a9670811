import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContributionKindEnum } from '@piano2030/api-consultations';
import { StakeholderCategoryEnum } from '@piano2030/api-participants';
import type { ContributionKind, SearchItemType, StakeholderCategory } from '@piano2030/shared-domain';
import { SearchItemTypeEnum } from './search.enums';

@ObjectType({ description: 'A piece of an excerpt; `match` marks words that matched the query' })
export class TextSegmentModel {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchItemTypeEnum)
  type!: SearchItemType;

  @Field(() => ID)
  id!: string;

  @Field({
    description:
      "What to show as its title: the consultation's title for a contribution, the intervention's title, the SWOT quadrant's area for an item",
  })
  title!: string;

  @Field(() => [TextSegmentModel], { description: 'Where the query matched, as plain text segments' })
  excerpt!: TextSegmentModel[];

  @Field(() => [String])
  areaCodes!: string[];

  @Field({ description: 'See SearchArgs.statuses' })
  status!: string;

  @Field(() => ContributionKindEnum, { nullable: true })
  kind!: ContributionKind | null;

  @Field(() => StakeholderCategoryEnum, { nullable: true })
  category!: StakeholderCategory | null;

  @Field(() => ID, { nullable: true, description: 'The consultation of a contribution' })
  consultationId!: string | null;

  @Field(() => String, { nullable: true, description: 'An intervention code, e.g. PS6.1' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The quadrant of a SWOT item' })
  quadrant!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Float, { description: 'Relevance: higher first' })
  score!: number;
}

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', {
  description: "Counts of the matches by each facet, each ignoring the facet's own filter",
})
export class SearchFacetsModel {
  @Field(() => [FacetCountModel])
  types!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  areas!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  kinds!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  categories!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  statuses!: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By month of creation (YYYY-MM, Rome time)' })
  months!: FacetCountModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => Int)
  totalCount!: number;

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field(() => SearchFacetsModel)
  facets!: SearchFacetsModel;
}
