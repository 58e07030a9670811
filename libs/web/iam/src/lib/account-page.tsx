import { paths, useCurrentUser, useSignOut, type CurrentUser } from '@piano2030/web-core';
import { FormattedDate, LoadingState, usePageTitle } from '@piano2030/web-ui';
import { Alert, Button, Col, Container, Row } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { PublicNameSection } from './public-name-section';
import type { SignInLocationState } from './sign-in-page';

/** The personal area; an anonymous visitor is sent to sign in and brought back here afterwards. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.account.title'));
  const location = useLocation();
  const { user, loading } = useCurrentUser();

  if (loading) {
    return (
      <Container className="py-5">
        <LoadingState />
      </Container>
    );
  }
  if (!user) {
    const state: SignInLocationState = { from: location.pathname };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return <AccountDetails user={user} />;
}

function AccountDetails({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [signOut, { loading }] = useSignOut();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const leave = () => signOut(() => void navigate(paths.home)).catch(() => setSignOutFailed(true));
  const roles = user.roles.length
    ? user.roles.map((role) => t(`auth.roles.${role}`))
    : [t('auth.roles.MEMBER')];

  return (
    <Container className="py-5">
      <Row>
        <Col lg={8}>
          <h1>{t('auth.account.title')}</h1>
          <p className="lead">{t('auth.account.greeting', { name: user.displayName })}</p>
          <h2 className="h4 mt-5">{t('auth.account.profile')}</h2>
          <dl className="row">
            <dt className="col-sm-4">{t('auth.fields.displayName')}</dt>
            <dd className="col-sm-8">{user.displayName}</dd>
            <dt className="col-sm-4">{t('auth.fields.email')}</dt>
            <dd className="col-sm-8">{user.email}</dd>
            <dt className="col-sm-4">{t('auth.account.roles')}</dt>
            <dd className="col-sm-8">{roles.join(', ')}</dd>
            <dt className="col-sm-4">{t('auth.account.memberSince')}</dt>
            <dd className="col-sm-8">
              <FormattedDate value={user.createdAt} />
            </dd>
          </dl>
          <PublicNameSection />
          <h2 className="h4 mt-5">{t('auth.account.organisations.title')}</h2>
          <p>{t('auth.account.organisations.intro')}</p>
          <p>
            <Link to={paths.myOrganisations}>{t('auth.account.organisations.link')}</Link>
          </p>
          <h2 className="h4 mt-5">{t('notifications.account.title')}</h2>
          <p>{t('notifications.account.intro')}</p>
          <ul>
            <li>
              <Link to={paths.notifications}>{t('notifications.account.list')}</Link>
            </li>
            <li>
              <Link to={paths.notificationPreferences}>{t('notifications.account.preferences')}</Link>
            </li>
          </ul>
          <hr className="my-5" />
          {signOutFailed && <Alert color="danger">{t('auth.account.signOutFailed')}</Alert>}
          <Button color="primary" outline disabled={loading} onClick={() => void leave()}>
            {t('auth.account.signOut')}
          </Button>
        </Col>
      </Row>
    </Container>
  );
}
