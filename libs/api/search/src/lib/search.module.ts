import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search over what the public may read: contributions, interventions, SWOT items (issue 6). */
@Module({ providers: [SearchResolver, SearchService] })
export class SearchModule {}
