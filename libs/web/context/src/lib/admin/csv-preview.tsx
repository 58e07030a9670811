import type { ParsedIndicatorCsv } from '@piano2030/shared-domain';
import { formatNumber } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { csvReason, ReasonText } from './csv-reasons';

const SHOWN_ROWS = 20;

/**
 * What the file holds, read in the browser with the API's own parser before anything is sent:
 * the rows that will be imported (the first ones) and every rejected line with its reason.
 */
export function CsvPreview({ parsed, id }: { parsed: ParsedIndicatorCsv; id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const withMeasure = parsed.rows.some((row) => row.measure);

  if (parsed.fileError) {
    return (
      <div id={id} className="csv-preview">
        <p className="text-danger fw-semibold mb-0">
          {t('context.admin.csv.unreadable')} <ReasonText reason={csvReason(parsed.fileError, t)} />
        </p>
      </div>
    );
  }
  return (
    <div id={id} className="csv-preview">
      <p className="fw-semibold">
        {t('context.admin.csv.summary', { count: parsed.rows.length })}{' '}
        {t('context.admin.csv.rejectedCount', { count: parsed.rejected.length })}
      </p>
      {parsed.rejected.length > 0 && (
        <>
          <h4 className="h6">{t('context.admin.csv.rejectedTitle')}</h4>
          <ul className="small csv-rejected">
            {parsed.rejected.map((rejection) => (
              <li key={rejection.line}>
                {t('context.admin.csv.line', { line: rejection.line })}:{' '}
                <ReasonText reason={csvReason(rejection.reason, t)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {parsed.rows.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm small csv-rows">
            <caption>
              {parsed.rows.length > SHOWN_ROWS
                ? t('context.admin.csv.firstRows', { count: SHOWN_ROWS, total: parsed.rows.length })
                : t('context.admin.csv.rowsTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('context.admin.csv.lineColumn')}</th>
                {withMeasure && <th scope="col">{t('context.admin.csv.measure')}</th>}
                <th scope="col">{t('context.admin.csv.label')}</th>
                <th scope="col" className="text-end">
                  {t('context.admin.csv.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {parsed.rows.slice(0, SHOWN_ROWS).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{row.line}</th>
                  {withMeasure && <td>{row.measure}</td>}
                  <td>{row.label}</td>
                  <td className="text-end text-nowrap">{formatNumber(row.value, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
