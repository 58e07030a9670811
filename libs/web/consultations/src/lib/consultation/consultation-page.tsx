import { useQuery } from '@apollo/client/react';
import {
  isApiErrorCode,
  paths,
  useCurrentUser,
  useGraphQLLocale,
  type ConsultationPageQuery,
} from '@piano2030/web-core';
import {
  ErrorState,
  FormattedDate,
  LoadingState,
  NotFoundState,
  PageBreadcrumb,
  usePageTitle,
  type SelectOption,
} from '@piano2030/web-ui';
import { Alert, Container } from 'design-react-kit';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ConsultationStatusBadge } from '../shared/badges';
import { excerpt } from '../shared/disposition-view';
import { useConsultationStanding } from '../shared/use-consultation-standing';
import { ConsultationDocument, RulesSection, ScopeSection } from './consultation-document';
import { ConsultationPageQueryDocument } from './consultation-page.documents';
import { ConsultationTimeline } from './consultation-timeline';
import { Composer, useVerifiedOrganisations, type ComposerTarget } from './threads/composer';
import { ThreadContext, useNow, type ThreadContextValue } from './threads/thread-context';
import { ThreadsSection } from './threads/threads-section';
import { useLiveThreads } from './threads/use-live-threads';
import {
  anchorTarget,
  questionRef,
  useConsultationScope,
  type ConsultationScope,
} from './use-consultation-scope';
import '../shared/consultations.css';

type Data = ConsultationPageQuery;
type Consultation = Data['consultation'];

/**
 * `/consultazioni/:id`: a consultation's document, scope, rules and stages, then its threads, live.
 * Signed-in people take part here; a draft is the committee's alone (NOT_FOUND for others).
 */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data, previousData, error, refetch } = useQuery(ConsultationPageQueryDocument, {
    variables: { id, locale },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? (previousData?.consultation.id === id ? previousData : undefined);
  if (isApiErrorCode(error, 'NOT_FOUND')) {
    return (
      <NotFoundState
        title={t('consultations.page.notFound.title')}
        backTo={paths.consultations}
        backLabel={t('consultations.page.backToList')}
      >
        <p>{t('consultations.page.notFound.text')}</p>
      </NotFoundState>
    );
  }
  if (shown) return <ConsultationDetails key={shown.consultation.id} data={shown} />;
  return (
    <Container className="py-5">
      <h1>{t('consultations.page.title')}</h1>
      {error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />}
    </Container>
  );
}

function ConsultationDetails({ data }: { data: Data }) {
  const { t } = useTranslation();
  const { consultation: c, netiquette } = data;
  usePageTitle(c.title);
  const { user } = useCurrentUser();
  const standing = useConsultationStanding();
  const now = useNow(30_000);
  const threads = useLiveThreads(c.id, c.status !== 'DRAFT');
  const scope = useConsultationScope(c);
  const areaName = (code: string) => data.interventionAreas.find((area) => area.code === code)?.name ?? code;
  const open = (threads.state.status ?? c.status) === 'OPEN';
  const count = threads.state.contributionCount ?? c.contributionCount;
  const names = useAnchorNames();
  const composerTarget: ComposerTarget = useMemo(
    () => ({
      consultationId: c.id,
      participation: c.settings.participation,
      anchorOptions: anchorOptions(c, scope, names),
    }),
    [c, scope, names],
  );
  const context: ThreadContextValue = {
    state: threads.state,
    signedIn: !!user,
    canWrite: !!user && open,
    open,
    composerTarget,
    rules: netiquette.rules,
    anchorTarget: (anchor) => anchorTarget(anchor, scope, names),
    now,
    own: threads.own,
    loadReplies: threads.loadReplies,
    loadMore: threads.loadMore,
    setOpen: threads.setOpen,
  };

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.consultations, label: t('consultations.list.title') }]}
        current={c.title}
      />
      <p className="text-uppercase fw-semibold text-secondary-emphasis mb-1">
        {t('consultations.page.eyebrow')}
      </p>
      <h1>{c.title}</h1>
      <p className="d-flex flex-wrap align-items-center gap-2">
        <ConsultationStatusBadge
          status={(threads.state.status as Consultation['status'] | null) ?? c.status}
        />
        <span>{t('consultations.list.contributionCount', { count })}</span>
        <a href="#contributi">{t('consultations.page.toContributions')}</a>
      </p>
      {(c.viewerCanManage || standing.moderator) && (
        <p className="d-flex flex-wrap gap-3">
          {c.viewerCanManage && (c.status === 'DRAFT' || c.status === 'SCHEDULED') && (
            <Link className="btn btn-primary btn-sm" to={paths.editConsultation(c.id)}>
              {t('consultations.page.edit')}
            </Link>
          )}
          {c.viewerCanManage && c.status !== 'DRAFT' && c.status !== 'SCHEDULED' && (
            <Link className="btn btn-primary btn-sm" to={paths.consultationAnswers(c.id)}>
              {t('consultations.page.answers')}
            </Link>
          )}
          {standing.moderator && <Link to={paths.moderation}>{t('consultations.page.moderation')}</Link>}
        </p>
      )}
      {c.shortWindow && c.shortWindowReason && (
        <Alert color="info" className="my-3">
          <p className="mb-1 fw-semibold">
            {t('consultations.page.shortWindow', { days: c.windowDays ?? 0 })}
          </p>
          <p className="mb-0 cons-plain-text">{c.shortWindowReason}</p>
        </Alert>
      )}
      <Facts consultation={c} count={count} areaName={areaName} />
      <ConsultationTimeline consultation={c} now={now} />
      <ConsultationDocument consultation={c} />
      <ScopeSection consultation={c} scope={scope} areaName={areaName} />
      <RulesSection consultation={c} netiquette={netiquette} />
      <ThreadContext value={context}>
        <ParticipateSection consultation={c} target={composerTarget} onPosted={threads.own} />
        <ThreadsSection threads={threads} count={count} />
      </ThreadContext>
    </Container>
  );
}

/** How anchors are named, in the reader's language. */
function useAnchorNames() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      question: (number: number) => t('consultations.anchor.question', { number }),
      paragraph: (ref: string) => t('consultations.anchor.paragraph', { ref }),
      quadrant: (quadrant: string) => t(`consultations.quadrant.${quadrant}`, { defaultValue: quadrant }),
    }),
    [t],
  );
}

/** What a root contribution may point at: the document's questions, then the scope's interventions and SWOT items. */
function anchorOptions(
  c: Consultation,
  scope: ConsultationScope,
  names: ReturnType<typeof useAnchorNames>,
): SelectOption[] {
  return [
    ...c.questions.map((question, index) => ({
      value: `PARAGRAPH|${questionRef(index)}`,
      label: `${names.question(index + 1)}: ${excerpt(question, 60)}`,
    })),
    ...scope.interventions.map((intervention) => ({
      value: `INTERVENTION|${intervention.id}`,
      label: `${intervention.reference} – ${excerpt(intervention.title, 60)}`,
    })),
    ...scope.swotItems.map((item) => ({
      value: `SWOT_ITEM|${item.id}`,
      label: `${names.quadrant(item.quadrant)}: ${excerpt(item.text, 60)}`,
    })),
  ];
}

function Facts({
  consultation: c,
  count,
  areaName,
}: {
  consultation: Consultation;
  count: number;
  areaName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const opens = c.openedAt ?? c.opensAt;
  const closes = c.closedAt ?? c.closesAt;
  return (
    <dl className="row cons-facts mt-4">
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.areas')}</dt>
      <dd className="col-sm-8 col-lg-9">
        {c.areaCodes.map((code, index) => (
          <span key={code}>
            {index > 0 && '; '}
            <Link to={paths.area(code)}>
              {code} – {areaName(code)}
            </Link>
          </span>
        ))}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.opens')}</dt>
      <dd className="col-sm-8 col-lg-9">
        {opens ? <FormattedDate value={opens} withTime /> : t('consultations.list.noDates')}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.closes')}</dt>
      <dd className="col-sm-8 col-lg-9">
        {closes ? <FormattedDate value={closes} withTime /> : t('consultations.list.noDates')}
        {c.windowDays != null && <> ({t('consultations.page.windowDays', { count: c.windowDays })})</>}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.resultsReportDue')}</dt>
      <dd className="col-sm-8 col-lg-9">
        {c.resultsReportDue ? <FormattedDate value={c.resultsReportDue} /> : t('consultations.list.noDates')}
      </dd>
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.contributions')}</dt>
      <dd className="col-sm-8 col-lg-9">{t('consultations.list.contributionCount', { count })}</dd>
    </dl>
  );
}

/**
 * Taking part: the composer for signed-in people while the consultation is open, otherwise why
 * not (with the way to sign in, or to ask to represent an organisation).
 */
function ParticipateSection({
  consultation: c,
  target,
  onPosted,
}: {
  consultation: Consultation;
  target: ComposerTarget;
  onPosted: ThreadContextValue['own'];
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useCurrentUser();
  const { organisations, loading } = useVerifiedOrganisations(!user);
  let content;
  if (c.status !== 'OPEN') {
    content = (
      <p>
        {c.status === 'SCHEDULED' && c.opensAt ? (
          <>
            {t('consultations.participate.scheduled')} <FormattedDate value={c.opensAt} withTime />.
          </>
        ) : (
          t(`consultations.participate.notOpen.${c.status}`)
        )}
      </p>
    );
  } else if (!user) {
    content = (
      <p>
        {t('consultations.participate.signInFirst')}{' '}
        <Link to={paths.signIn} state={{ from: `${location.pathname}${location.search}` }}>
          {t('consultations.participate.signIn')}
        </Link>{' '}
        {t('consultations.participate.or')}{' '}
        <Link to={paths.register}>{t('consultations.participate.register')}</Link>
      </p>
    );
  } else if (c.settings.participation === 'ORGANISATIONS' && !loading && organisations.length === 0) {
    content = (
      <p>
        {t('consultations.participate.organisationsOnly')}{' '}
        <Link to={paths.myOrganisations}>{t('consultations.participate.askToRepresent')}</Link>
      </p>
    );
  } else {
    content = (
      <>
        {c.settings.participation === 'INVITED' && <p>{t('consultations.participate.invitedOnly')}</p>}
        {c.settings.preModeration && <p>{t('consultations.participate.preModerated')}</p>}
        <Composer target={target} idPrefix="composer" onPosted={onPosted} />
      </>
    );
  }
  return (
    <section aria-labelledby="cons-participate-title" className="mt-5">
      <h2 id="cons-participate-title" className="h3">
        {t('consultations.participate.title')}
      </h2>
      {content}
    </section>
  );
}
