import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { RppImporter, type RppFile, type RppImportResult } from '@piano2030/api-context';

/** The chamber's 2020 report as data, kept with the seeds (copied from the project's shared sources). */
export const RPP_REPORT_FILE = path.join(__dirname, 'data', 'rpp2020.json');

/** Loads the report's indicators, objectives and projects; re-running it changes nothing. */
export async function importRppReport(
  app: INestApplicationContext,
  file: string = RPP_REPORT_FILE,
): Promise<RppImportResult> {
  const report = JSON.parse(await readFile(file, 'utf8')) as RppFile;
  return app.get(RppImporter).import(report);
}

export const describeImport = (r: RppImportResult) =>
  `Indicators: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged; ${r.objectives} chamber objectives, ${r.projects} projects`;
