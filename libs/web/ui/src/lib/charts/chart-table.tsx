import { useTranslation } from 'react-i18next';
import { formatNumber } from './format-number';

export interface ChartTableColumn {
  name: string;
  /** Numbers are written in full in the interface language and aligned right. */
  numeric?: boolean;
}

export interface ChartTableRow {
  label: string;
  cells: (number | string | undefined)[];
}

/** Every number of a chart, in full, as a table: the chart's text alternative. */
export function ChartTable({
  caption,
  header,
  columns,
  rows,
}: {
  caption: string;
  /** The heading of the first column, the one naming each row. */
  header: string;
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <table className="table table-sm chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          {columns.map((column) => (
            <th key={column.name} scope="col" className={column.numeric ? 'text-end' : undefined}>
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${index}-${row.label}`}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, column) => (
              <td key={column} className={columns[column]?.numeric ? 'text-end text-nowrap' : undefined}>
                {typeof cell === 'number'
                  ? formatNumber(cell, locale)
                  : (cell ?? (columns[column]?.numeric ? t('charts.table.missing') : ''))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
