import { useTranslation } from 'react-i18next';

export interface AnswerCounts {
  published: number;
  prepared: number;
  unanswered: number;
}

const PARTS = ['published', 'prepared', 'unanswered'] as const;

/**
 * How far the answers have come: one bar in three parts (published, prepared, still unanswered),
 * drawn for the eye only, and the same figures in a table that is the text alternative.
 */
export function AnswersProgress({ counts }: { counts: AnswerCounts }) {
  const { t, i18n } = useTranslation();
  const total = counts.published + counts.prepared + counts.unanswered;
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent', maximumFractionDigits: 0 }).format(
      total ? value / total : 0,
    );
  return (
    <section aria-labelledby="answers-progress-title" className="mb-5">
      <h2 id="answers-progress-title" className="h4">
        {t('consultationsAdmin.answers.progress.title')}
      </h2>
      <p>{t('consultationsAdmin.answers.progress.summary', { ...counts, count: total })}</p>
      {total > 0 && (
        <div className="answers-bar mb-3" aria-hidden="true" data-testid="answers-bar">
          {PARTS.map((part) =>
            counts[part] > 0 ? (
              <span
                key={part}
                className={`answers-bar-part answers-bar-${part}`}
                style={{ width: `${(counts[part] / total) * 100}%` }}
              />
            ) : null,
          )}
        </div>
      )}
      <table className="table table-sm answers-progress-table">
        <caption className="visually-hidden">{t('consultationsAdmin.answers.progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consultationsAdmin.answers.progress.state')}</th>
            <th scope="col" className="text-end">
              {t('consultationsAdmin.answers.progress.contributions')}
            </th>
            <th scope="col" className="text-end">
              {t('consultationsAdmin.answers.progress.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {PARTS.map((part) => (
            <tr key={part}>
              <th scope="row">
                <span className={`answers-swatch answers-bar-${part}`} aria-hidden="true" />
                {t(`consultationsAdmin.answers.progress.${part}`)}
              </th>
              <td className="text-end">{counts[part]}</td>
              <td className="text-end">{percent(counts[part])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
