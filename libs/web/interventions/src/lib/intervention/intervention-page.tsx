import { useQuery } from '@apollo/client/react';
import { ContributionsThatShaped } from '@piano2030/web-consultations';
import { isApiErrorCode, paths, useGraphQLLocale, type InterventionPageQuery } from '@piano2030/web-core';
import {
  ErrorState,
  FormattedDate,
  focusSoon,
  LoadingState,
  NotFoundState,
  PageBreadcrumb,
  StatusMessage,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  ChamberProjectsQueryDocument,
  InterventionPrioritiesQueryDocument,
} from '../shared/interventions.documents';
import { formatEuro } from '../shared/money';
import { registerPath } from '../shared/register-path';
import { InterventionStatusBadge } from '../shared/status-badge';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { useStrategyStanding } from '../shared/use-strategy-standing';
import { InterventionTimeline } from './intervention-timeline';
import { InterventionPageQueryDocument } from './intervention-page.documents';
import { KpisSection } from './kpis-section';
import { ResourcesSection } from './resources-section';
import { STATUS_LINE_ID, StatusActions } from './status-actions';
import { VersionsSection } from './versions-section';
import '../shared/interventions.css';

type Data = InterventionPageQuery;

/** `/interventi/:id`: an intervention's sheet, its status and moves, its versions and their changes. */
export function InterventionPage() {
  const { id = '' } = useParams();
  const { data, previousData, error, refetch } = useQuery(InterventionPageQueryDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? (previousData?.intervention.id === id ? previousData : undefined);
  const { t } = useTranslation();
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
  if (shown) return <InterventionDetails key={shown.intervention.id} data={shown} refetch={refetch} />;
  return (
    <Container className="py-5">
      <h1>{t('interventions.page.title')}</h1>
      {error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />}
    </Container>
  );
}

function InterventionDetails({ data, refetch }: { data: Data; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const graphLocale = useGraphQLLocale();
  const { intervention, interventionVersions } = data;
  usePageTitle(`${intervention.reference} ${intervention.title}`);
  const location = useLocation();
  const reference = useInterventionReference();
  const standing = useStrategyStanding();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const priorities = useQuery(InterventionPrioritiesQueryDocument, {
    variables: { areaCode: intervention.areaCode },
  });
  const projects = useQuery(ChamberProjectsQueryDocument, {
    variables: { locale: graphLocale },
    skip: intervention.projectCodes.length === 0,
  });

  // What the editor saved is said here, once the page it leads to is in place.
  const arrivedWith = (location.state as { announcement?: string } | null)?.announcement ?? null;
  useEffect(() => {
    if (!arrivedWith) return;
    // Put in the live region once it is on the page, so that it is announced.
    const timer = setTimeout(() => setAnnouncement(arrivedWith), 0);
    return () => clearTimeout(timer);
  }, [arrivedWith]);

  const names = useMemo(
    () => ({
      priorityTitle: (id: string) => priorities.data?.priorities.find((p) => p.id === id)?.title ?? id,
      guidelineTitle: reference.guidelineTitle,
    }),
    [priorities.data, reference.guidelineTitle],
  );
  const projectTitle = (code: string) =>
    projects.data?.chamberObjectives.flatMap((objective) => objective.projects).find((p) => p.code === code)
      ?.title;
  const canEdit = standing.may('EDIT_INTERVENTION', intervention.areaCode, intervention.status);
  const canMove = standing.may('CHANGE_INTERVENTION_STATUS', intervention.areaCode, intervention.status);
  const areaName = reference.areaName(intervention.areaCode);

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.interventions, label: t('interventions.register.title') }]}
        current={intervention.reference}
      />
      <p className="text-uppercase fw-semibold text-secondary mb-1">
        {t('interventions.page.eyebrow', { reference: intervention.reference })}
      </p>
      <h1>{intervention.title}</h1>
      <p id={STATUS_LINE_ID} tabIndex={-1} className="d-flex flex-wrap align-items-center gap-2">
        <InterventionStatusBadge status={intervention.status} />
        <span>
          {t('interventions.page.versionLine', { version: intervention.version })}{' '}
          <FormattedDate value={intervention.updatedAt} withTime month="short" />
        </span>
      </p>
      <StatusMessage message={announcement} className="mb-3" />
      {canEdit && (
        <p>
          <Link className="btn btn-primary" to={paths.editIntervention(intervention.id)}>
            {t('interventions.page.edit')}
          </Link>
        </p>
      )}

      <dl className="row int-facts">
        <dt className="col-sm-3">{t('interventions.fields.area')}</dt>
        <dd className="col-sm-9">
          <Link to={paths.area(intervention.areaCode)}>
            {intervention.areaCode} – {areaName}
          </Link>
        </dd>
        <dt className="col-sm-3">{t('interventions.fields.priorityId')}</dt>
        <dd className="col-sm-9">
          <Link to={registerPath({ area: intervention.areaCode, priority: intervention.priorityId })}>
            {intervention.priority.title}
          </Link>
        </dd>
        <dt className="col-sm-3">{t('interventions.page.period')}</dt>
        <dd className="col-sm-9">
          <FormattedDate value={intervention.startsOn} /> – <FormattedDate value={intervention.endsOn} />
        </dd>
        <dt className="col-sm-3">{t('interventions.page.total')}</dt>
        <dd className="col-sm-9">{formatEuro(intervention.totalResources, locale)}</dd>
        <dt className="col-sm-3">{t('interventions.fields.guidelineCodes')}</dt>
        <dd className="col-sm-9">
          <ul className="list-unstyled mb-0">
            {intervention.guidelineCodes.map((code) => (
              <li key={code}>
                <Link to={registerPath({ guideline: code })}>
                  {code} – {reference.guidelineTitle(code)}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {(['description', 'objectives', 'expectedResults'] as const).map((field) => (
        <section key={field} aria-labelledby={`int-${field}-title`} className="mt-4">
          <h2 id={`int-${field}-title`} className="h3">
            {t(`interventions.fields.${field}`)}
          </h2>
          {intervention[field] ? (
            <p className="int-plain-text">{intervention[field]}</p>
          ) : (
            <p>
              <em>{t('interventions.page.notWritten')}</em>
            </p>
          )}
        </section>
      ))}

      <ResourcesSection intervention={intervention} />
      <InterventionTimeline intervention={intervention} />
      <KpisSection intervention={intervention} />

      <section aria-labelledby="int-actors-title" className="mt-5">
        <h2 id="int-actors-title" className="h3">
          {t('interventions.page.actors')}
        </h2>
        <dl className="row">
          <dt className="col-sm-3">{t('interventions.fields.leadActor')}</dt>
          <dd className="col-sm-9">
            {intervention.leadActor || <em>{t('interventions.page.notWritten')}</em>}
          </dd>
          <dt className="col-sm-3">{t('interventions.fields.partners')}</dt>
          <dd className="col-sm-9">
            {intervention.partners.length ? (
              <ul className="mb-0 ps-3">
                {intervention.partners.map((partner) => (
                  <li key={partner}>{partner}</li>
                ))}
              </ul>
            ) : (
              <em>{t('interventions.page.none')}</em>
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="int-projects-title" className="mt-5">
        <h2 id="int-projects-title" className="h3">
          {t('interventions.fields.projectCodes')}
        </h2>
        {intervention.projectCodes.length ? (
          <ul>
            {intervention.projectCodes.map((code) => (
              <li key={code}>
                <strong>{code}</strong>
                {projectTitle(code) && ` – ${projectTitle(code)}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('interventions.page.noProjects')}</p>
        )}
      </section>

      <ContributionsThatShaped interventionId={intervention.id} />

      {canMove && (
        <section aria-labelledby="int-moves-title" className="mt-5 p-3 p-md-4 border border-primary rounded">
          <h2 id="int-moves-title" className="h3">
            {t('interventions.statusActions.title')}
          </h2>
          <p>{t('interventions.statusActions.intro')}</p>
          <StatusActions
            intervention={intervention}
            refresh={refetch}
            onChanged={async (message) => {
              setAnnouncement(message);
              await refetch().catch(() => undefined);
              focusSoon(STATUS_LINE_ID);
            }}
          />
        </section>
      )}

      <VersionsSection interventionId={intervention.id} versions={interventionVersions} names={names} />
    </Container>
  );
}
