import { useQuery } from '@apollo/client/react';
import { paths, useCurrentUser } from '@piano2030/web-core';
import { ErrorState, LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Col, Container, Row } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { MyRepresentationsQueryDocument } from '../shared/participants.documents';
import { MyRequestsList } from './my-requests-list';
import { RequestRepresentationForm } from './request-representation-form';
import '../shared/participants.css';

/**
 * "Le mie organizzazioni": ask to represent an organisation (one already listed, or a new one) and
 * follow one's requests, with the reason when one is refused. Anonymous visitors sign in first.
 */
export function MyOrganisationsPage() {
  const { t } = useTranslation();
  const title = t('participants.mine.title');
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
      <Row>
        <Col lg={9}>
          <p className="lead">{t('participants.mine.intro')}</p>
          <RequestRepresentationForm />
          <MyRequests />
        </Col>
      </Row>
    </Container>
  );
}

function MyRequests() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyRepresentationsQueryDocument);
  return (
    <section aria-labelledby="my-requests-title" className="mt-5">
      <h2 id="my-requests-title">{t('participants.mine.listTitle')}</h2>
      {data ? (
        <MyRequestsList representations={data.myRepresentations} />
      ) : error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
