import { useQuery } from '@apollo/client/react';
import { isApiErrorCode, paths, useCurrentUser, type InterventionFieldsFragment } from '@piano2030/web-core';
import { ErrorState, LoadingState, NotFoundState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useStrategyStanding } from '../shared/use-strategy-standing';
import { InterventionEditorQueryDocument } from './editor.documents';
import { InterventionForm } from './intervention-form';

/** Said instead of a form to someone who cannot use it: signed out, or without a seat or scope. */
function NotAllowed({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return signedIn ? (
    <p className="lead">{t('interventions.editor.notAllowed')}</p>
  ) : (
    <p className="lead">
      {t('interventions.editor.signInFirst')}{' '}
      <Link to={paths.signIn}>{t('interventions.editor.signIn')}</Link>
    </p>
  );
}

/** `/interventi/nuovo?ambito=PS6&priorita=…`: a new intervention, started from the register or a priority. */
export function NewInterventionPage() {
  const { t } = useTranslation();
  const title = t('interventions.editor.newTitle');
  usePageTitle(title);
  const [params] = useSearchParams();
  const { user, loading } = useCurrentUser();
  const standing = useStrategyStanding();
  const reference = useInterventionReference();
  const areas = reference.areas
    .map((area) => area.code)
    .filter((code) => standing.may('DRAFT_INTERVENTION', code));
  const wanted = params.get('ambito') ?? '';
  const ready = user && standing.known && reference.loaded;

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.interventions, label: t('interventions.register.title') }]}
        current={title}
      />
      <h1>{title}</h1>
      <p className="lead">{t('interventions.editor.newIntro')}</p>
      {!loading && !user && <NotAllowed signedIn={false} />}
      {user && !ready && <LoadingState />}
      {ready && areas.length === 0 && <NotAllowed signedIn />}
      {ready && areas.length > 0 && (
        <InterventionForm
          start={{
            mode: 'create',
            areaCode: areas.includes(wanted) ? wanted : areas.length === 1 ? areas[0] : '',
            priorityId: areas.includes(wanted) ? (params.get('priorita') ?? '') : '',
            areas,
          }}
        />
      )}
    </Container>
  );
}

/** `/interventi/:id/modifica`: the intervention's sheet, editable by the committee and experts in scope. */
export function EditInterventionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(InterventionEditorQueryDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (isApiErrorCode(error, 'NOT_FOUND')) {
    return (
      <NotFoundState
        title={t('interventions.page.notFound.title')}
        backTo={paths.interventions}
        backLabel={t('interventions.page.backToRegister')}
      >
        <p>{t('interventions.page.notFound.text')}</p>
      </NotFoundState>
    );
  }
  if (data) return <EditorFor key={data.intervention.id} intervention={data.intervention} />;
  return (
    <Container className="py-5">
      <h1>{t('interventions.editor.editHeading')}</h1>
      {error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />}
    </Container>
  );
}

function EditorFor({ intervention }: { intervention: InterventionFieldsFragment }) {
  const { t } = useTranslation();
  const title = t('interventions.editor.editTitle', { reference: intervention.reference });
  usePageTitle(title);
  const { user, loading } = useCurrentUser();
  const standing = useStrategyStanding();
  const allowed = standing.may('EDIT_INTERVENTION', intervention.areaCode, intervention.status);
  const frozen = intervention.status === 'ADOPTED' || intervention.status === 'DISCARDED';
  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[
          { to: paths.interventions, label: t('interventions.register.title') },
          { to: paths.intervention(intervention.id), label: intervention.reference },
        ]}
        current={t('interventions.editor.editCrumb')}
      />
      <p className="text-uppercase fw-semibold text-secondary mb-1">
        {t('interventions.page.eyebrow', { reference: intervention.reference })}
      </p>
      <h1>{t('interventions.editor.editHeadingOf', { title: intervention.title })}</h1>
      {!loading && !user && <NotAllowed signedIn={false} />}
      {user && !standing.known && <LoadingState />}
      {standing.known && frozen && (
        <p className="lead">
          {t(`interventions.editor.frozen.${intervention.status as 'ADOPTED' | 'DISCARDED'}`)}
        </p>
      )}
      {standing.known && !frozen && !allowed && <NotAllowed signedIn />}
      {standing.known && allowed && <InterventionForm start={{ mode: 'edit', intervention }} />}
    </Container>
  );
}
