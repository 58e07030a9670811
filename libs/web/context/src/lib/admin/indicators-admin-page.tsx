import { useQuery } from '@apollo/client/react';
import { paths, useCurrentUser, useGraphQLLocale } from '@piano2030/web-core';
import { ErrorState, LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { IndicatorsAdminQueryDocument } from './admin.documents';
import { SeriesAreasList } from './series-areas-list';
import { UploadSeriesForm } from './upload-series-form';
import './indicators-admin.css';

/**
 * "Indicatori" for administrators: a new series from a CSV file, and the areas each series is shown
 * on. Anonymous visitors are sent to sign in and brought back; other accounts are told it is not theirs.
 */
export function IndicatorsAdminPage() {
  const { t } = useTranslation();
  const title = t('context.admin.title');
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
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      {user.roles.includes('ADMIN') ? (
        <AdminContent />
      ) : (
        <p className="lead">{t('context.admin.forbidden')}</p>
      )}
    </Container>
  );
}

function AdminContent() {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data, error, refetch } = useQuery(IndicatorsAdminQueryDocument, { variables: { locale } });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />;
  const areas = [...data.interventionAreas]
    .sort((a, b) => a.position - b.position)
    .map(({ code, name }) => ({ code, name }));
  return (
    <>
      <p className="lead mb-5">{t('context.admin.lead')}</p>
      <section className="p-3 p-md-4 border border-primary rounded">
        <UploadSeriesForm areas={areas} />
      </section>
      <SeriesAreasList
        series={data.indicators}
        areas={areas}
        refresh={() => refetch().catch(() => undefined)}
      />
    </>
  );
}
