import { useQuery } from '@apollo/client/react';
import { paths, useCurrentUser } from '@piano2030/web-core';
import { LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useConsultationStanding } from '../editor/use-consultation-standing';
import { ModerationConsultationsQueryDocument } from './moderation.documents';
import { ModerationLog } from './moderation-log';
import { ModerationQueue } from './moderation-queue';
import './moderation.css';

/**
 * "Moderazione", for moderators: the queue of contributions waiting for a decision (pre-moderated,
 * or hidden by reports), each decided with a reason its author reads, and the moderation log of a
 * consultation. Anonymous visitors are sent to sign in; other accounts are told it is not theirs.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  const title = t('consultationsAdmin.moderationTitle');
  usePageTitle(title);
  const location = useLocation();
  const { user, loading } = useCurrentUser();
  const standing = useConsultationStanding();

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
    <Container className="py-5 moderation-page">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      {!standing.known ? (
        <LoadingState />
      ) : standing.may('MODERATE_CONTRIBUTIONS') ? (
        <ModerationDesk />
      ) : (
        <p className="lead">{t('consultationsAdmin.moderation.forbidden')}</p>
      )}
    </Container>
  );
}

function ModerationDesk() {
  const { t } = useTranslation();
  const consultations = useQuery(ModerationConsultationsQueryDocument);
  // Each decision adds to the log: the log reads itself again when it changes.
  const [decisions, setDecisions] = useState(0);
  const list = consultations.data?.consultations ?? [];
  return (
    <>
      <p className="lead">{t('consultationsAdmin.moderation.intro')}</p>
      <ModerationQueue consultations={list} onDecided={() => setDecisions((n) => n + 1)} />
      <ModerationLog consultations={list} refreshKey={decisions} />
    </>
  );
}
