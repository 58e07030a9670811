import { FUNDING_SOURCES, PLAN_YEARS } from '@piano2030/shared-domain';
import { FieldErrorText, type FieldMessage } from '@piano2030/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, formatEuro, parseDecimal, resourceTotals } from '../shared/money';
import { useLocale } from '../shared/use-locale';
import { controlIds } from './field-paths';
import './resource-grid.css';

/** Amounts that can be read, for the totals; what cannot be read counts as nothing until fixed. */
function readable(values: Readonly<Record<string, string>>, locale: string) {
  return PLAN_YEARS.flatMap((year) =>
    FUNDING_SOURCES.map((source) => {
      const amount = parseDecimal(values[cellKey(year, source)] ?? '', locale);
      return { year, source, amount: amount === null ? 0 : amount };
    }),
  );
}

/**
 * Euros per plan year (rows) and funding source (columns), typed as the language writes numbers
 * ("1.200.000,50" in Italian), with the totals of every row, every column and the whole grid kept
 * up to date as one types. The grid scrolls inside its own container on narrow screens; the grand
 * total is also said in a polite live region when a cell is left, not at every keystroke.
 */
export function ResourceGrid({
  values,
  onChange,
  errors,
}: {
  values: Readonly<Record<string, string>>;
  onChange: (key: string, text: string) => void;
  errors: Readonly<Record<string, readonly FieldMessage[]>>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const totals = useMemo(() => resourceTotals(readable(values, locale)), [values, locale]);
  const [announced, setAnnounced] = useState(totals.total);
  const captionId = `${controlIds.resources}-caption`;
  const gridErrors = errors[controlIds.resources];

  return (
    <>
      <div id={controlIds.resources} className="table-responsive int-grid-scroll">
        <table className="table table-sm int-grid mb-0">
          <caption id={captionId} className="caption-top">
            {t('interventions.editor.resources.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('interventions.resources.year')}</th>
              {FUNDING_SOURCES.map((source) => (
                <th key={source} scope="col" id={`int-col-${source}`}>
                  {t(`interventions.sources.${source}`)}
                </th>
              ))}
              <th scope="col">{t('interventions.resources.yearTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {PLAN_YEARS.map((year) => (
              <tr key={year}>
                <th scope="row" id={`int-row-${year}`}>
                  {year}
                </th>
                {FUNDING_SOURCES.map((source) => {
                  const key = cellKey(year, source);
                  const id = controlIds.cell(key);
                  const messages = errors[id];
                  const errorId = messages?.length ? `${id}-error` : undefined;
                  return (
                    <td key={source}>
                      <input
                        id={id}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className={`form-control form-control-sm text-end${errorId ? ' is-invalid' : ''}`}
                        aria-label={t('interventions.editor.resources.cell', {
                          year,
                          source: t(`interventions.sources.${source}`),
                        })}
                        aria-invalid={errorId ? true : undefined}
                        aria-describedby={errorId}
                        value={values[key] ?? ''}
                        onChange={(event) => onChange(key, event.target.value)}
                        onBlur={() => setAnnounced(totals.total)}
                      />
                      <FieldErrorText id={`${id}-error`} messages={messages} />
                    </td>
                  );
                })}
                <td className="text-end text-nowrap int-grid-total" data-testid={`year-total-${year}`}>
                  {formatEuro(totals.byYear.get(year) ?? 0, locale)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('interventions.resources.sourceTotal')}</th>
              {FUNDING_SOURCES.map((source) => (
                <td
                  key={source}
                  className="text-end text-nowrap int-grid-total"
                  data-testid={`source-total-${source}`}
                >
                  {formatEuro(totals.bySource.get(source) ?? 0, locale)}
                </td>
              ))}
              <td className="text-end text-nowrap fw-bold int-grid-total" data-testid="grand-total">
                {formatEuro(totals.total, locale)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <FieldErrorText id={`${controlIds.resources}-error`} messages={gridErrors} />
      <p className="small mt-2 mb-0">{t('interventions.editor.resources.hint')}</p>
      <p className="fw-semibold mt-2" role="status" aria-live="polite" aria-atomic="true">
        {t('interventions.editor.resources.total', {
          total: formatEuro(announced, locale),
        })}
      </p>
    </>
  );
}
