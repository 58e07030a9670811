import { graphqlEnum } from '@piano2030/api-core';
import { SEARCH_ITEM_TYPES } from '@piano2030/shared-domain';

export const SearchItemTypeEnum = graphqlEnum(
  SEARCH_ITEM_TYPES,
  'SearchItemType',
  'A public contribution, a published intervention or a published SWOT item',
);
