import { activityRows, reportWords, type ReportDocument } from './report-document';

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The report's activities as CSV, one row each, with a header row; UTF-8 with a BOM for spreadsheets. */
export function reportCsv(doc: ReportDocument): string {
  const rows = [reportWords(doc.locale).columns as readonly string[], ...activityRows(doc)];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
