import { Args, Query, Resolver } from '@nestjs/graphql';
import { InvalidInputError, Public } from '@piano2030/api-core';
import { SEARCH_LIMITS } from '@piano2030/shared-domain';
import { clampPageSize } from '@piano2030/api-core';
import { SearchArgs, SimilarContributionsArgs } from './dto/search.args';
import { SearchHitModel, SearchResultModel } from './models/search.model';
import { SearchService, type SearchHitRow } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultModel, {
    description:
      'Public contributions, interventions and SWOT items matching the query (Italian full text and similar spellings), best first, with facets',
  })
  @Public()
  async search(@Args() { query, first, after, ...filters }: SearchArgs): Promise<SearchResultModel> {
    const size = clampPageSize(first, SEARCH_LIMITS.pageSize);
    const offset = after ? decodeOffset(after) : 0;
    const outcome = await this.service.search(query, filters, { first: size, offset });
    const end = offset + outcome.hits.length;
    return {
      hits: outcome.hits.map(toHitModel),
      totalCount: outcome.totalCount,
      hasNextPage: end < outcome.totalCount && end < SEARCH_LIMITS.offsetMax,
      endCursor: outcome.hits.length ? encodeOffset(end) : null,
      facets: outcome.facets,
    };
  }

  @Query(() => [SearchHitModel], {
    description:
      "Published contributions to the consultation that resemble a draft, for the writer's attention",
  })
  @Public()
  async similarContributions(
    @Args() { consultationId, text, first }: SimilarContributionsArgs,
  ): Promise<SearchHitModel[]> {
    const size = Math.min(first ?? 5, SEARCH_LIMITS.similarMax);
    return (await this.service.similarContributions(consultationId, text, size)).map(toHitModel);
  }
}

function toHitModel(row: SearchHitRow): SearchHitModel {
  const title =
    row.type === 'CONTRIBUTION'
      ? (row.heading ?? '')
      : row.type === 'INTERVENTION'
        ? `${row.code} ${row.heading}`
        : `SWOT ${row.areaCodes[0]}`;
  return {
    ...row,
    title,
    kind: row.kind as SearchHitModel['kind'],
    category: row.category as SearchHitModel['category'],
  };
}

/** Ranked hits have no stable key to resume from; the cursor is an offset, bounded. */
function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d{1,5})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset >= 0 && offset <= SEARCH_LIMITS.offsetMax))
    throw InvalidInputError.field('after', 'after is not a cursor this API returned');
  return offset;
}
