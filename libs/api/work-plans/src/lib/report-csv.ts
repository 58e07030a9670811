import { csvDocument } from '@piano2030/api-core';
import { activityRows, reportWords, type ReportDocument } from './report-document';

/** The report's activities as CSV, one row each, with a header row. */
export function reportCsv(doc: ReportDocument): string {
  return csvDocument([reportWords(doc.locale).columns as readonly string[], ...activityRows(doc)]);
}
