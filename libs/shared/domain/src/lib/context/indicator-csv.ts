/** Limits of an administrator's upload of an indicator series. */
export const INDICATOR_CSV_LIMITS = { maxRows: 2000, maxBytes: 80 * 1024, labelMaxLength: 120 } as const;

export interface IndicatorCsvRow {
  /** 1-based line of the file, header included, so the report matches what a spreadsheet shows. */
  line: number;
  measure: string;
  label: string;
  value: number;
}

export interface IndicatorCsvRejection {
  line: number;
  reason: string;
}

export interface ParsedIndicatorCsv {
  rows: IndicatorCsvRow[];
  rejected: IndicatorCsvRejection[];
  /** A problem with the file as a whole (no header, missing columns, too long): nothing can be read. */
  fileError: string | null;
}

const LABEL_COLUMNS = ['label', 'period', 'periodo', 'etichetta', 'anno', 'year'];
const VALUE_COLUMNS = ['value', 'valore'];
const MEASURE_COLUMNS = ['measure', 'serie', 'series', 'misura'];

/**
 * Reads an upload: a header naming a label column (label, period, anno...) and a value column
 * (value, valore), and optionally a measure column for several lines on one chart. Comma or
 * semicolon separated (Italian spreadsheets write semicolons), fields may be double-quoted.
 * Every row is checked; bad rows are listed with their line and why, never silently dropped.
 */
export function parseIndicatorCsv(text: string): ParsedIndicatorCsv {
  const empty = (fileError: string): ParsedIndicatorCsv => ({ rows: [], rejected: [], fileError });
  if (text.length > INDICATOR_CSV_LIMITS.maxBytes)
    return empty(`the file is larger than ${INDICATOR_CSV_LIMITS.maxBytes / 1024} KB`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  if (lines.length < 2) return empty('the file needs a header line and at least one data row');
  if (lines.length - 1 > INDICATOR_CSV_LIMITS.maxRows)
    return empty(`the file has more than ${INDICATOR_CSV_LIMITS.maxRows} data rows`);
  const separator = lines[0].includes(';') ? ';' : ',';
  const header = splitCsvLine(lines[0], separator).map((cell) => cell.trim().toLowerCase());
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell));
  const [labelAt, valueAt, measureAt] = [
    column(LABEL_COLUMNS),
    column(VALUE_COLUMNS),
    column(MEASURE_COLUMNS),
  ];
  if (labelAt < 0 || valueAt < 0)
    return empty(
      `the header must name a label column (${LABEL_COLUMNS.join(', ')}) and a value column (${VALUE_COLUMNS.join(', ')})`,
    );
  const rows: IndicatorCsvRow[] = [];
  const rejected: IndicatorCsvRejection[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (!raw.trim()) return rejected.push({ line, reason: 'empty row' });
    const cells = splitCsvLine(raw, separator);
    if (cells.length !== header.length)
      return rejected.push({ line, reason: `expected ${header.length} fields, found ${cells.length}` });
    const label = cells[labelAt].trim();
    const measure = measureAt < 0 ? '' : cells[measureAt].trim();
    const value = parseNumber(cells[valueAt]);
    if (!label) return rejected.push({ line, reason: 'the label is empty' });
    if (
      label.length > INDICATOR_CSV_LIMITS.labelMaxLength ||
      measure.length > INDICATOR_CSV_LIMITS.labelMaxLength
    )
      return rejected.push({
        line,
        reason: `labels are limited to ${INDICATOR_CSV_LIMITS.labelMaxLength} characters`,
      });
    if (value === null) return rejected.push({ line, reason: `"${cells[valueAt].trim()}" is not a number` });
    const key = `${measure}\u0000${label}`;
    if (seen.has(key))
      return rejected.push({ line, reason: `"${label}"${measure ? ` (${measure})` : ''} appears twice` });
    seen.add(key);
    rows.push({ line, measure, label, value });
  });
  return { rows, rejected, fileError: null };
}

function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

/**
 * "9922.5", "9922,5", "9.922,5" and "-1,8" are numbers; "1.234.567" is Italian thousands. A value
 * with both separators takes the last one as the decimal mark. Anything else is refused.
 */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().replace(/\s/g, '');
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const [thousands, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    normal = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    normal = text.split(',').length > 2 ? text.split(',').join('') : text.replace(',', '.');
  } else {
    normal = text.split('.').length > 2 ? text.split('.').join('') : text;
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
