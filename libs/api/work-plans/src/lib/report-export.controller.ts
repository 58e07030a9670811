import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, Public, isUuid } from '@piano2030/api-core';
import { ReferenceService } from '@piano2030/api-reference';
import { isLocale, pickLocale, quarterLabel, type Locale } from '@piano2030/shared-domain';
import { WorkPlanEntity } from './entities/work-plan.entity';
import { reportCsv } from './report-csv';
import type { ReportDocument } from './report-document';
import { reportWords } from './report-document';
import { reportPdf } from './report-pdf';
import { WorkPlanReportsService } from './work-plan-reports.service';

/**
 * The quarterly report as files, at stable addresses: /exports/work-plans/:id/report.pdf and .csv,
 * in Italian or, with ?lang=en, English. Public once the plan is closed: the plan was adopted in public.
 */
@Controller('exports/work-plans')
export class ReportExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: WorkPlanReportsService,
    private readonly reference: ReferenceService,
  ) {}

  @Get(':id/report.csv')
  @Public()
  async csv(@Param('id') id: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const doc = await this.document(id, lang);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`rapporto-${doc.snapshot.assembledOn}-${id.slice(0, 8)}.csv`)
      .send(reportCsv(doc));
  }

  @Get(':id/report.pdf')
  @Public()
  async pdf(@Param('id') id: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const doc = await this.document(id, lang);
    res
      .type('application/pdf')
      .attachment(`rapporto-${doc.snapshot.assembledOn}-${id.slice(0, 8)}.pdf`)
      .send(await reportPdf(doc));
  }

  private async document(id: string, lang: string | undefined): Promise<ReportDocument> {
    const plan = isUuid(id) ? await this.dataSource.getRepository(WorkPlanEntity).findOneBy({ id }) : null;
    if (!plan || plan.reportStatus === 'NONE') throw new NotFoundError('Work plan report', id);
    const locale: Locale = lang && isLocale(lang) ? lang : 'it';
    const areas = await this.reference.areas();
    const phases = await this.reference.phases();
    const named = (rows: { code: string; name: Parameters<typeof pickLocale>[0] }[]) => (code: string) => {
      const row = rows.find((r) => r.code === code);
      return row ? pickLocale(row.name, locale) : code;
    };
    return {
      locale,
      title: reportWords(locale).title(quarterLabel(plan)),
      status: plan.reportStatus,
      introduction: plan.reportIntroduction ?? '',
      nextSteps: plan.reportNextSteps ?? '',
      snapshot: await this.reports.content(plan),
      areaName: named(areas),
      phaseName: named(phases),
    };
  }
}
