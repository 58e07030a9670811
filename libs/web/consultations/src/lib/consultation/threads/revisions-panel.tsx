import { useQuery } from '@apollo/client/react';
import { ErrorState, FormattedDate, LoadingState } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { ContributionBody } from '../../shared/contribution-body';
import { ContributionRevisionsQueryDocument } from './threads.documents';

/** The texts a contribution had before its author's edits, oldest first; read when asked for. */
export function RevisionsPanel({ contributionId, id }: { contributionId: string; id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ContributionRevisionsQueryDocument, {
    variables: { id: contributionId },
    fetchPolicy: 'network-only',
  });
  return (
    <div id={id} className="cons-revisions mt-2 p-3 rounded" tabIndex={-1}>
      <p className="fw-semibold mb-2">{t('consultations.contribution.revisionsTitle')}</p>
      {data ? (
        data.contributionRevisions.length ? (
          <ol className="mb-0 ps-3">
            {data.contributionRevisions.map((revision, index) => (
              <li key={`${revision.replacedAt}-${index}`} className="mb-2">
                <p className="small mb-1">
                  {t('consultations.contribution.replacedOn')}{' '}
                  <FormattedDate value={revision.replacedAt} withTime month="short" />
                </p>
                <ContributionBody body={revision.body} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-0">{t('consultations.contribution.noRevisions')}</p>
        )
      ) : error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
