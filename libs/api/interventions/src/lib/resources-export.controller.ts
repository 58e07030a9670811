import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidInputError, Public, csvDocument } from '@piano2030/api-core';
import {
  FUNDING_SOURCES,
  PLAN_YEARS,
  RESOURCE_GROUPINGS,
  type ResourceGrouping,
} from '@piano2030/shared-domain';
import { InterventionQueries } from './intervention-queries.service';

const euros = (amount: number) => amount.toFixed(2);

/**
 * The roll-up as a spreadsheet, at a stable public address: /exports/resources.csv?groupBy=AREA.
 * One row per group with the ten years, the funding sources and the total; public interventions only.
 */
@Controller('exports')
export class ResourcesExportController {
  constructor(private readonly queries: InterventionQueries) {}

  @Get('resources.csv')
  @Public()
  async csv(@Query('groupBy') groupBy: string | undefined, @Res() res: Response) {
    const grouping = (groupBy ?? 'AREA').toUpperCase();
    if (!(RESOURCE_GROUPINGS as readonly string[]).includes(grouping)) {
      throw InvalidInputError.field('groupBy', `groupBy must be one of ${RESOURCE_GROUPINGS.join(', ')}`);
    }
    const summary = await this.queries.resourceSummary(null, grouping as ResourceGrouping);
    const header = [
      grouping.toLowerCase(),
      'interventions',
      ...PLAN_YEARS.map(String),
      ...FUNDING_SOURCES,
      'total',
    ];
    const rows = summary.groups.map((g) => [
      g.key,
      String(g.interventionCount),
      ...g.byYear.map((y) => euros(y.total)),
      ...g.bySource.map((s) => euros(s.total)),
      euros(g.total),
    ]);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`risorse-per-${grouping.toLowerCase()}.csv`)
      .send(csvDocument([header, ...rows]));
  }
}
