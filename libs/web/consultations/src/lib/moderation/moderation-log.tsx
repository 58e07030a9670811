import { useApolloClient } from '@apollo/client/react';
import { AUTO_HIDE_REASON } from '@piano2030/shared-domain';
import { paths, type ModerationConsultationsQuery, type ModerationLogQuery } from '@piano2030/web-core';
import { ErrorState, FormattedDate, LoadingState, SelectField } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ModerationLogQueryDocument } from './moderation.documents';
import { useFocusAfterRender } from './use-focus-after-render';

type Consultation = ModerationConsultationsQuery['consultations'][number];
type Row = ModerationLogQuery['moderationLog']['nodes'][number];
const PAGE_SIZE = 20;

/** The moderation log of one consultation, newest first: who decided what, when and why. */
export function ModerationLog({
  consultations,
  refreshKey,
}: {
  consultations: readonly Consultation[];
  refreshKey: number;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const consultationId = chosen || consultations[0]?.id || '';
  const consultation = consultations.find((c) => c.id === consultationId);
  return (
    <section aria-labelledby="moderation-log-title" className="mt-5">
      <h2 id="moderation-log-title">{t('consultationsAdmin.moderation.logTitle')}</h2>
      <p>{t('consultationsAdmin.moderation.logIntro')}</p>
      {consultations.length === 0 ? (
        <p>{t('consultationsAdmin.moderation.noConsultations')}</p>
      ) : (
        <>
          <div className="row">
            <div className="col-md-8 col-lg-6">
              <SelectField
                id="moderation-log-consultation"
                label={t('consultationsAdmin.moderation.logConsultation')}
                value={consultationId}
                options={consultations.map((c) => ({ value: c.id, label: c.title }))}
                onChange={(event) => setChosen(event.target.value)}
              />
            </div>
          </div>
          {consultation && (
            <LogTable
              key={`${consultationId}-${refreshKey}`}
              consultationId={consultationId}
              title={consultation.title}
            />
          )}
        </>
      )}
    </section>
  );
}

function LogTable({ consultationId, title }: { consultationId: string; title: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [loading, setLoading] = useState(false);
  const focusLater = useFocusAfterRender();

  const fetchPage = useCallback(
    async (after: string | null) => {
      const { data } = await client.query({
        query: ModerationLogQueryDocument,
        variables: { consultationId, first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('no answer');
      return data.moderationLog;
    },
    [client, consultationId],
  );

  useEffect(() => {
    let live = true;
    fetchPage(null).then(
      (page) => {
        if (!live) return;
        setRows(page.nodes);
        setNext(page.hasNextPage ? page.endCursor : null);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [fetchPage]);

  /** The first page again (after a failure), or the page after `after`, whose first row takes focus. */
  const load = async (after: string | null) => {
    if (loading) return;
    setLoading(true);
    try {
      const page = await fetchPage(after);
      setRows((current) => [...(after ? (current ?? []) : []), ...page.nodes]);
      setNext(page.hasNextPage ? page.endCursor : null);
      setFailed(false);
      if (after && page.nodes[0]) focusLater(`log-row-${page.nodes[0].id}`);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  if (!rows) return failed ? <ErrorState onRetry={() => void load(null)} /> : <LoadingState />;
  if (!rows.length) return <p>{t('consultationsAdmin.moderation.logEmpty')}</p>;
  return (
    <>
      <div className="table-responsive">
        <table className="table moderation-log">
          <caption>{t('consultationsAdmin.moderation.logCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consultationsAdmin.moderation.columns.when')}</th>
              <th scope="col">{t('consultationsAdmin.moderation.columns.who')}</th>
              <th scope="col">{t('consultationsAdmin.moderation.columns.what')}</th>
              <th scope="col">{t('consultationsAdmin.moderation.columns.why')}</th>
              <th scope="col">{t('consultationsAdmin.moderation.columns.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" id={`log-row-${row.id}`} tabIndex={-1} className="fw-normal">
                  <FormattedDate value={row.createdAt} withTime month="short" />
                </th>
                <td>{row.moderatorName ?? <em>{t('consultationsAdmin.moderation.automatic')}</em>}</td>
                <td>
                  <span className="fw-semibold">
                    {t(`consultationsAdmin.moderation.logDecisions.${row.decision}`)}
                  </span>
                  <span className="d-block small">
                    {t('consultationsAdmin.moderation.fromTo', {
                      from: t(`consultationsAdmin.contributionStatuses.${row.fromStatus}`),
                      to: t(`consultationsAdmin.contributionStatuses.${row.toStatus}`),
                    })}
                  </span>
                </td>
                <td className="cons-plain-text">
                  {row.decision === 'AUTO_HIDE' && row.reason === AUTO_HIDE_REASON
                    ? t('consultationsAdmin.moderation.autoHideReason')
                    : row.reason}
                </td>
                <td>
                  <Link to={`${paths.consultation(consultationId)}#contributo-${row.contributionId}`}>
                    {t('consultationsAdmin.moderation.seeContribution')}
                    <span className="visually-hidden">
                      {' '}
                      {t('consultationsAdmin.moderation.decidedOn')}{' '}
                      <FormattedDate value={row.createdAt} withTime month="short" />
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next && (
        <Button
          type="button"
          color="primary"
          outline
          aria-disabled={loading || undefined}
          onClick={() => void load(next)}
        >
          {t('consultationsAdmin.moderation.moreLog')}
        </Button>
      )}
    </>
  );
}
