import { useQuery } from '@apollo/client/react';
import { IndicatorsSection, ProgrammesSection, SwotSection } from '@piano2030/web-context';
import { AreaInterventionsSection } from '@piano2030/web-interventions';
import { isApiErrorCode, paths, useGraphQLLocale, type AreaPageQuery } from '@piano2030/web-core';
import { ErrorState, LoadingState, NotFoundState, usePageTitle } from '@piano2030/web-ui';
import { Breadcrumb, BreadcrumbItem, Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { byPosition } from '../by-position';
import { AreaPageQueryDocument } from './areas.query';

export function AreaPage() {
  const { code = '' } = useParams();
  const locale = useGraphQLLocale();
  const { data, previousData, error, refetch } = useQuery(AreaPageQueryDocument, {
    variables: { code, locale },
  });
  // Keep the old texts only while the same area reloads in another language, never across areas.
  const shown = data ?? (previousData?.interventionArea.code === code ? previousData : undefined);

  if (isApiErrorCode(error, 'NOT_FOUND')) return <UnknownArea code={code} />;
  if (shown) return <AreaDetails {...shown} />;
  return error ? <AreaPending onRetry={() => void refetch()} /> : <AreaPending />;
}

/** Until the area arrives, or when it cannot, the page still has its heading and title. */
function AreaPending({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('area.title'));
  return (
    <Container className="py-5">
      <h1>{t('area.title')}</h1>
      {onRetry ? <ErrorState onRetry={onRetry} /> : <LoadingState />}
    </Container>
  );
}

function AreaDetails({ interventionArea: area, guidelines }: AreaPageQuery) {
  const { t } = useTranslation();
  usePageTitle(area.name);
  return (
    <Container className="py-5">
      <Breadcrumb aria-label={t('breadcrumb.label')}>
        <BreadcrumbItem>
          <Link to={paths.home}>{t('breadcrumb.home')}</Link>
          <span className="separator">/</span>
        </BreadcrumbItem>
        <BreadcrumbItem>
          <Link to={paths.areas}>{t('areas.title')}</Link>
          <span className="separator">/</span>
        </BreadcrumbItem>
        <BreadcrumbItem active>{area.name}</BreadcrumbItem>
      </Breadcrumb>
      <p className="text-uppercase fw-semibold text-secondary mb-1">
        {t('areas.number', { position: area.position })}
      </p>
      <h1>{area.name}</h1>
      <p className="lead">{area.description}</p>
      <h2 className="mt-5">{t('area.guidelines.title')}</h2>
      <p>{t('area.guidelines.intro')}</p>
      <ol className="guideline-list">
        {byPosition(guidelines).map((guideline) => (
          <li key={guideline.code} className="mb-3">
            <h3 className="h5 mb-1">{guideline.title}</h3>
            <p className="mb-0">{guideline.description}</p>
          </li>
        ))}
      </ol>
      <IndicatorsSection key={`indicators-${area.code}`} areaCode={area.code} />
      <ProgrammesSection key={`programmes-${area.code}`} areaCode={area.code} />
      <SwotSection key={`swot-${area.code}`} areaCode={area.code} />
      <AreaInterventionsSection areaCode={area.code} />
      <Link className="btn btn-outline-primary mt-5" to={paths.areas}>
        {t('area.backToAreas')}
      </Link>
    </Container>
  );
}

function UnknownArea({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <NotFoundState title={t('area.notFound.title')} backTo={paths.areas} backLabel={t('area.backToAreas')}>
      <p>{t('area.notFound.text', { code })}</p>
    </NotFoundState>
  );
}
