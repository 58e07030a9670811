import { useQuery } from '@apollo/client/react';
import { DISPOSITION_OUTCOMES } from '@piano2030/shared-domain';
import {
  paths,
  useCurrentUser,
  type ContributionFieldsFragment,
  type MyContributionsConsultationsQuery,
} from '@piano2030/web-core';
import {
  BarChart,
  ErrorState,
  FormattedDate,
  LoadingState,
  PageBreadcrumb,
  usePageTitle,
} from '@piano2030/web-ui';
import { Button, Container } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ConsultationStatusBadge, ContributionStatusBadge, KindBadge } from '../shared/badges';
import { ContributionBody } from '../shared/contribution-body';
import { DispositionView } from '../shared/disposition-view';
import {
  MyContributionsConsultationsQueryDocument,
  MyContributionsQueryDocument,
} from './my-contributions.documents';
import '../shared/consultations.css';
import './my-contributions-page.css';

type Contribution = ContributionFieldsFragment;
type ConsultationRow = MyContributionsConsultationsQuery['consultations'][number];

/** The API's largest page: most people's contributions fit in one. */
const PAGE_SIZE = 100;

const publishedAnswer = (c: Contribution) => (c.disposition?.status === 'PUBLISHED' ? c.disposition : null);

/** Waiting for the committee's answer: public (or hidden pending review) and not answered yet. */
const awaitsAnswer = (c: Contribution) =>
  (c.status === 'PUBLISHED' || c.status === 'HIDDEN') && !publishedAnswer(c);

/**
 * `/area-personale/contributi`, "Cosa è successo ai miei contributi": one's contributions by
 * consultation, each with where it stands (awaiting moderation, public, hidden with the moderator's
 * reason) and the committee's answer (outcome, reasons, what changed in the plan) or that it is
 * still awaited; a chart of the outcomes so far on top.
 */
export function MyContributionsPage() {
  const { t } = useTranslation();
  const title = t('consultations.mine.title');
  usePageTitle(title);
  const location = useLocation();
  const { user, loading } = useCurrentUser();
  if (loading) {
    return (
      <Container className="py-5">
        <h1>{title}</h1>
        <LoadingState />
      </Container>
    );
  }
  if (!user) return <Navigate to={paths.signIn} replace state={{ from: location.pathname }} />;
  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.account, label: t('auth.account.title') }]}
        current={title}
      />
      <h1>{title}</h1>
      <p className="lead">{t('consultations.mine.intro')}</p>
      <MyContributions />
    </Container>
  );
}

function MyContributions() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(MyContributionsQueryDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const consultations = useQuery(MyContributionsConsultationsQueryDocument);
  const [loadingMore, setLoadingMore] = useState(false);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />;
  const page = data.myContributions;
  if (!page.nodes.length) {
    return (
      <div className="cons-empty p-4 rounded">
        <p>{t('consultations.mine.empty')}</p>
        <p className="mb-0">
          <Link to={paths.consultations}>{t('consultations.mine.toConsultations')}</Link>
        </p>
      </div>
    );
  }
  const more = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myContributions: {
            ...fetchMoreResult.myContributions,
            nodes: [
              ...previous.myContributions.nodes,
              ...fetchMoreResult.myContributions.nodes.filter(
                (node) => !previous.myContributions.nodes.some((known) => known.id === node.id),
              ),
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  const groups = groupByConsultation(page.nodes);
  const rows = consultations.data?.consultations ?? [];
  return (
    <>
      <Summary contributions={page.nodes} total={page.totalCount} />
      {groups.map(([consultationId, contributions]) => (
        <ConsultationGroup
          key={consultationId}
          consultationId={consultationId}
          consultation={rows.find((row) => row.id === consultationId)}
          contributions={contributions}
        />
      ))}
      {page.hasNextPage && (
        <p className="mt-4">
          <Button color="primary" outline onClick={() => void more()} aria-disabled={loadingMore}>
            {t('consultations.mine.more', { shown: page.nodes.length, total: page.totalCount })}
          </Button>
        </p>
      )}
      <p role="status" aria-live="polite" className="small">
        {loadingMore ? t('consultations.thread.loading') : ''}
      </p>
    </>
  );
}

/** Consultations in the order of one's latest contribution to each (the list comes newest first). */
function groupByConsultation(nodes: readonly Contribution[]): [string, Contribution[]][] {
  const groups = new Map<string, Contribution[]>();
  for (const node of nodes) {
    const list = groups.get(node.consultationId) ?? [];
    list.push(node);
    groups.set(node.consultationId, list);
  }
  return [...groups.entries()];
}

/** How many of one's contributions had each outcome, and how many still await an answer. */
function Summary({ contributions, total }: { contributions: readonly Contribution[]; total: number }) {
  const { t } = useTranslation();
  const outcomes = DISPOSITION_OUTCOMES.map((outcome) => ({
    label: t(`consultations.outcome.${outcome}`),
    value: contributions.filter((c) => publishedAnswer(c)?.outcome === outcome).length,
  }));
  const waiting = contributions.filter(awaitsAnswer).length;
  const pending = contributions.filter((c) => c.status === 'PENDING').length;
  const down = contributions.filter((c) => c.status === 'HIDDEN' || c.status === 'REJECTED').length;
  const answered = outcomes.reduce((sum, bar) => sum + bar.value, 0);
  return (
    <section aria-labelledby="mine-summary-title" className="mt-4">
      <h2 id="mine-summary-title" className="h3">
        {t('consultations.mine.summary.title')}
      </h2>
      <ul className="cons-mine-stats list-unstyled d-flex flex-wrap gap-3">
        <li>
          <strong>{total}</strong> {t('consultations.mine.summary.total', { count: total })}
        </li>
        <li>
          <strong>{answered}</strong> {t('consultations.mine.summary.answered', { count: answered })}
        </li>
        <li>
          <strong>{waiting}</strong> {t('consultations.mine.summary.waiting', { count: waiting })}
        </li>
        <li>
          <strong>{pending}</strong> {t('consultations.mine.summary.pending', { count: pending })}
        </li>
        <li>
          <strong>{down}</strong> {t('consultations.mine.summary.down', { count: down })}
        </li>
      </ul>
      <BarChart
        id="mine-outcomes"
        title={t('consultations.mine.summary.chart')}
        unit={t('consultations.mine.summary.unit')}
        description={t('consultations.mine.summary.chartDescription')}
        bars={[...outcomes, { label: t('consultations.mine.awaiting'), value: waiting }]}
      />
    </section>
  );
}

function ConsultationGroup({
  consultationId,
  consultation,
  contributions,
}: {
  consultationId: string;
  consultation: ConsultationRow | undefined;
  contributions: readonly Contribution[];
}) {
  const { t } = useTranslation();
  const headingId = `mine-${consultationId}`;
  return (
    <section aria-labelledby={headingId} className="mt-5">
      <h2 id={headingId} className="h3">
        <Link to={paths.consultation(consultationId)}>
          {consultation?.title ?? t('consultations.mine.unknownConsultation')}
        </Link>
      </h2>
      {consultation && (
        <p className="d-flex flex-wrap align-items-center gap-2">
          <ConsultationStatusBadge status={consultation.status} />
          {consultation.resultsReportDue && consultation.status !== 'REPORT_PUBLISHED' && (
            <span className="small">
              {t('consultations.mine.reportDue')} <FormattedDate value={consultation.resultsReportDue} />
            </span>
          )}
        </p>
      )}
      <ul className="list-unstyled cons-mine-list">
        {contributions.map((contribution) => (
          <MyContribution key={contribution.id} contribution={contribution} />
        ))}
      </ul>
    </section>
  );
}

function MyContribution({ contribution: c }: { contribution: Contribution }) {
  const { t } = useTranslation();
  const answer = publishedAnswer(c);
  const titleId = `mine-contribution-${c.id}`;
  return (
    <li className="cons-mine-item border rounded p-3 mb-3">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="h6 d-flex flex-wrap align-items-center gap-2 mb-2">
          <KindBadge kind={c.kind} />
          <span>
            {c.depth > 1 ? t('consultations.mine.replyOf') : t('consultations.mine.contributionOf')}{' '}
            <FormattedDate value={c.createdAt} withTime month="short" />
          </span>
          {c.author.organisationName && (
            <span className="fw-normal">
              {t('consultations.mine.onBehalfOf', { name: c.author.organisationName })}
            </span>
          )}
        </h3>
        <p className="mb-2 d-flex flex-wrap align-items-center gap-2">
          <ContributionStatusBadge status={c.status} />
          <span className="small">{t(`consultations.mine.statusText.${c.status}`)}</span>
        </p>
        {c.moderationReason && (c.status === 'HIDDEN' || c.status === 'REJECTED') && (
          <p className="small">
            {t('consultations.contribution.moderationReason')}{' '}
            <span className="cons-plain-text">{c.moderationReason}</span>
          </p>
        )}
        {c.body !== null && <ContributionBody body={c.body} className="mb-3" />}
        {answer ? (
          <DispositionView disposition={answer} />
        ) : awaitsAnswer(c) ? (
          <p className="cons-awaiting mb-0 p-2 rounded">{t('consultations.mine.awaiting')}</p>
        ) : null}
        <p className="mt-2 mb-0 small">
          <Link to={`${paths.consultation(c.consultationId)}#contributo-${c.id}`}>
            {t('consultations.mine.seeInConsultation')}
          </Link>
        </p>
      </article>
    </li>
  );
}
