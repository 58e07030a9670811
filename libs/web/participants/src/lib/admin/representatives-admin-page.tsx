import { useQuery } from '@apollo/client/react';
import { REPRESENTATION_STATUSES } from '@piano2030/shared-domain';
import { paths, useCurrentUser, type RepresentationStatus } from '@piano2030/web-core';
import { ErrorState, LoadingState, PageBreadcrumb, SelectField, usePageTitle } from '@piano2030/web-ui';
import { Col, Container, Row } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { RepresentationRequestsQueryDocument } from '../shared/participants.documents';
import { RepresentationCard } from './representation-card';
import '../shared/participants.css';

const ALL = 'ALL';

/**
 * "Verifica dei rappresentanti", for administrators: the requests waiting (oldest first) or those of
 * another status, each verified, or rejected or revoked with a reason the person reads. Anonymous
 * visitors are sent to sign in; other accounts are told the page is not theirs.
 */
export function RepresentativesAdminPage() {
  const { t } = useTranslation();
  const title = t('participants.admin.title');
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
        <RequestsQueue />
      ) : (
        <p className="lead">{t('participants.admin.forbidden')}</p>
      )}
    </Container>
  );
}

function RequestsQueue() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RepresentationStatus | typeof ALL>('PENDING');
  const { data, error, refetch } = useQuery(RepresentationRequestsQueryDocument, {
    variables: { status: status === ALL ? null : status },
  });
  const requests = data?.representationRequests;
  return (
    <Row>
      <Col lg={9}>
        <p className="lead">{t('participants.admin.intro')}</p>
        <div className="col-md-6 mt-5">
          <SelectField
            id="representation-status-filter"
            label={t('participants.admin.filter')}
            value={status}
            options={[
              ...REPRESENTATION_STATUSES.map((value) => ({
                value,
                label: t(`participants.admin.statusFilter.${value}`),
              })),
              { value: ALL, label: t('participants.admin.statusFilter.ALL') },
            ]}
            onChange={(event) => setStatus(event.target.value as RepresentationStatus | typeof ALL)}
          />
        </div>
        {requests ? (
          <>
            <p role="status" className="small">
              {t('participants.admin.count', { count: requests.length })}
            </p>
            <ul className="list-unstyled participants-list">
              {requests.map((request) => (
                <RepresentationCard key={request.id} request={request} />
              ))}
            </ul>
          </>
        ) : error ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )}
      </Col>
    </Row>
  );
}
