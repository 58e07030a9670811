import { useQuery } from '@apollo/client/react';
import { isDocumentEditable } from '@piano2030/shared-domain';
import { isApiErrorCode, paths, type CommitteeConsultationFragment } from '@piano2030/web-core';
import {
  ErrorState,
  focusSoon,
  FormattedDate,
  LoadingState,
  NotFoundState,
  PageBreadcrumb,
  StatusMessage,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ConsultationStatusLabel } from '../traceability/badges';
import { ConsultationForm } from './consultation-form';
import { ConsultationSummary } from './consultation-summary';
import { ConsultationEditorQueryDocument } from './editor.documents';
import { useConsultationStanding, type ConsultationStandingView } from './use-consultation-standing';

export const STATUS_LINE_ID = 'cons-status-line';

/** Said instead of a form to someone who cannot use it: signed out, or not on the committee. */
export function NotAllowed({ standing, message }: { standing: ConsultationStandingView; message: string }) {
  const { t } = useTranslation();
  if (!standing.settled) return <LoadingState />;
  if (!standing.signedIn) {
    return (
      <p className="lead">
        {t('consultationsAdmin.standing.signInFirst')}{' '}
        <Link to={paths.signIn}>{t('consultationsAdmin.standing.signIn')}</Link>
      </p>
    );
  }
  if (!standing.known) return <LoadingState />;
  return <p className="lead">{message}</p>;
}

/** A consultation that does not exist, or a draft the reader may not see: the same answer. */
export function ConsultationNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={t('consultationsAdmin.notFound.title')}
      backTo={paths.consultations}
      backLabel={t('consultationsAdmin.notFound.back')}
    >
      <p>{t('consultationsAdmin.notFound.text')}</p>
    </NotFoundState>
  );
}

/** `/consultazioni/nuova`: a new draft, started by a member of the Comitato operativo. */
export function NewConsultationPage() {
  const { t } = useTranslation();
  const title = t('consultationsAdmin.editor.newTitle');
  usePageTitle(title);
  const standing = useConsultationStanding();
  const allowed = standing.may('MANAGE_CONSULTATION');
  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.consultations, label: t('consultationsAdmin.consultations') }]}
        current={title}
      />
      <h1>{title}</h1>
      <p className="lead">{t('consultationsAdmin.editor.newIntro')}</p>
      {allowed ? (
        <ConsultationForm start={{ mode: 'create' }} />
      ) : (
        <NotAllowed standing={standing} message={t('consultationsAdmin.standing.notCommittee')} />
      )}
    </Container>
  );
}

/**
 * `/consultazioni/:id/modifica`: a draft or scheduled consultation's document and settings, for the
 * committee; once open, a read-only summary with the way to close it and to the answers.
 */
export function EditConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ConsultationEditorQueryDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (isApiErrorCode(error, 'NOT_FOUND')) return <ConsultationNotFound />;
  if (data) return <EditorFor key={data.consultation.id} initial={data.consultation} />;
  return (
    <Container className="py-5">
      <h1>{t('consultationsAdmin.editor.editHeading')}</h1>
      {error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />}
    </Container>
  );
}

function EditorFor({ initial }: { initial: CommitteeConsultationFragment }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [consultation, setConsultation] = useState(initial);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const editable = isDocumentEditable(consultation.status);
  const title = editable
    ? t('consultationsAdmin.editor.editTitle', { title: consultation.title })
    : consultation.title;
  usePageTitle(title);
  const standing = useConsultationStanding();
  const allowed = standing.may('MANAGE_CONSULTATION', consultation.status);

  // What the new-draft form did is said here, once this page is in place.
  const arrivedWith = (location.state as { announcement?: string } | null)?.announcement ?? null;
  useEffect(() => {
    if (!arrivedWith) return;
    const timer = setTimeout(() => setAnnouncement(arrivedWith), 0);
    return () => clearTimeout(timer);
  }, [arrivedWith]);

  const changed = (next: CommitteeConsultationFragment, message: string | null) => {
    setConsultation(next);
    if (message) {
      setAnnouncement(message);
      focusSoon(STATUS_LINE_ID);
    }
  };

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[
          { to: paths.consultations, label: t('consultationsAdmin.consultations') },
          { to: paths.consultation(consultation.id), label: consultation.title },
        ]}
        current={
          editable ? t('consultationsAdmin.editor.editCrumb') : t('consultationsAdmin.editor.summaryCrumb')
        }
      />
      <p className="text-uppercase fw-semibold text-secondary mb-1">{t('consultationsAdmin.eyebrow')}</p>
      <h1>{title}</h1>
      <p
        id={STATUS_LINE_ID}
        tabIndex={-1}
        className="d-flex flex-wrap align-items-center gap-2 cons-status-line"
      >
        <ConsultationStatusLabel status={consultation.status} />
        <span>
          {t('consultationsAdmin.editor.versionLine', { version: consultation.version })}{' '}
          <FormattedDate value={consultation.updatedAt} withTime month="short" />
        </span>
      </p>
      <StatusMessage message={announcement} className="mb-3" />
      {!allowed && <NotAllowed standing={standing} message={t('consultationsAdmin.standing.notCommittee')} />}
      {allowed && editable && <ConsultationForm start={{ mode: 'edit', consultation, onChanged: changed }} />}
      {allowed && !editable && <ConsultationSummary consultation={consultation} onChanged={changed} />}
    </Container>
  );
}
