import { useQuery } from '@apollo/client/react';
import {
  isApiErrorCode,
  paths,
  useCurrentUser,
  useGraphQLLocale,
  type BodyPageQuery,
} from '@piano2030/web-core';
import { ErrorState, LoadingState, NotFoundState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Badge, Container } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ExpertsQueryDocument } from '../reference/reference.query';
import { useReferenceNames } from '../reference/use-reference-names';
import { BodyExperts } from './body-experts';
import { BodyMembers } from './body-members';
import { BodyPageQueryDocument } from './body-page.documents';
import { MeetingTimeline } from './meeting-timeline';
import { ScheduleMeetingForm } from './schedule-meeting-form';
import { VotingRulesList } from './voting-rules-list';

/** A body's public page: composition, rules, meetings, experts; the chair also convenes from here. */
export function BodyPage() {
  const { id = '' } = useParams();
  const locale = useGraphQLLocale();
  const [showEnded, setShowEnded] = useState(false);
  const { data, previousData, error, refetch } = useQuery(BodyPageQueryDocument, {
    variables: { id, locale, includeEnded: showEnded },
  });
  // While the history or another language loads, the same body stays on screen.
  const shown = data ?? (previousData?.body.id === id ? previousData : undefined);

  if (isApiErrorCode(error, 'NOT_FOUND')) return <UnknownBody />;
  if (shown) return <BodyDetails body={shown.body} showEnded={showEnded} onShowEndedChange={setShowEnded} />;
  return <BodyPending onRetry={error ? () => void refetch() : undefined} />;
}

function BodyPending({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('governance.body.title'));
  return (
    <Container className="py-5">
      <h1>{t('governance.body.title')}</h1>
      {onRetry ? <ErrorState onRetry={onRetry} /> : <LoadingState />}
    </Container>
  );
}

function UnknownBody() {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={t('governance.body.notFound.title')}
      backTo={paths.bodies}
      backLabel={t('governance.body.backToBodies')}
    >
      <p>{t('governance.body.notFound.text')}</p>
    </NotFoundState>
  );
}

function BodyDetails({
  body,
  showEnded,
  onShowEndedChange,
}: {
  body: BodyPageQuery['body'];
  showEnded: boolean;
  onShowEndedChange: (show: boolean) => void;
}) {
  const { t } = useTranslation();
  usePageTitle(body.name);
  const { user } = useCurrentUser();
  const names = useReferenceNames();
  const isBoard = body.kind === 'STEERING_BOARD';
  const experts = useQuery(ExpertsQueryDocument, { skip: !isBoard });
  // The API decides again; this only spares other visitors a form they could not send.
  const isChair =
    user !== null &&
    body.members.some((member) => !member.endedOn && member.role === 'CHAIR' && member.person.id === user.id);

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.bodies, label: t('governance.bodies.title') }]}
        current={body.name}
      />
      <h1>{body.name}</h1>
      <p className="lead">{body.description}</p>
      <p className="d-flex flex-wrap align-items-center gap-2">
        <Badge color={body.complete ? 'success' : 'warning'}>
          {body.complete ? t('governance.bodies.complete') : t('governance.bodies.incomplete')}
        </Badge>
        {body.vacancies
          .filter((vacancy) => vacancy.vacant > 0)
          .map((vacancy) => (
            <span key={vacancy.partyCode}>
              {names.party(vacancy.partyCode)}: {t('governance.bodies.vacant', { count: vacancy.vacant })}
            </span>
          ))}
      </p>

      <section aria-labelledby="composition-title" className="mt-5">
        <h2 id="composition-title">{t('governance.body.composition.title')}</h2>
        <BodyMembers
          bodyName={body.name}
          members={body.members}
          showEnded={showEnded}
          onShowEndedChange={onShowEndedChange}
          names={names}
        />
      </section>

      <section aria-labelledby="rules-title" className="mt-5">
        <h2 id="rules-title">{t('governance.body.rules.title')}</h2>
        <VotingRulesList rules={body.votingRules} resultsHidden={body.resultsHiddenUntilClose} />
      </section>

      <section aria-labelledby="meetings-title" className="mt-5">
        <h2 id="meetings-title">{t('governance.body.meetings.title')}</h2>
        {body.meetings.length === 0 ? (
          <p>{t('governance.body.meetings.empty')}</p>
        ) : (
          <>
            <p className="mb-4">{t('governance.body.meetings.intro')}</p>
            <MeetingTimeline meetings={body.meetings} />
          </>
        )}
      </section>

      {isChair && (
        <section className="mt-5 p-4 border border-primary rounded">
          <ScheduleMeetingForm bodyId={body.id} names={names} />
        </section>
      )}

      {isBoard && (
        <section aria-labelledby="experts-title" className="mt-5">
          <h2 id="experts-title">{t('governance.body.experts.title')}</h2>
          <p>{t('governance.body.experts.intro')}</p>
          {experts.data ? (
            <BodyExperts experts={experts.data.experts} names={names} />
          ) : experts.error ? (
            <ErrorState onRetry={() => void experts.refetch()} />
          ) : (
            <LoadingState />
          )}
        </section>
      )}
    </Container>
  );
}
