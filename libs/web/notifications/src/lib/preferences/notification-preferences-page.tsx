import { useMutation, useQuery } from '@apollo/client/react';
import {
  EMAIL_MODES,
  NOTIFICATION_KINDS,
  type EmailMode,
  type NotificationKind,
} from '@piano2030/shared-domain';
import {
  paths,
  readApiError,
  useCurrentUser,
  type NotificationPreferencesFieldsFragment,
} from '@piano2030/web-core';
import {
  ActionAlert,
  ErrorState,
  feedbackFromError,
  LoadingState,
  PageBreadcrumb,
  StatusMessage,
  usePageTitle,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button, Col, Container, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import {
  NotificationPreferencesQueryDocument,
  SetNotificationPreferencesMutationDocument,
} from '../shared/notifications.documents';
import '../shared/notifications.css';

type Preferences = Omit<NotificationPreferencesFieldsFragment, '__typename'>;

/** The API names the kinds' fields in lower case. */
const FIELD: Record<NotificationKind, keyof Preferences> = {
  REPLY: 'reply',
  DISPOSITION: 'disposition',
  MENTION: 'mention',
  MODERATION: 'moderation',
};

const radioId = (kind: NotificationKind, mode: EmailMode) =>
  `notifiche-email-${kind.toLowerCase()}-${mode.toLowerCase()}`;

/**
 * "Notifiche per e-mail": for each kind, an e-mail at once, in the daily digest, or none. The in-app
 * list keeps every notification whatever is chosen here.
 */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const title = t('notifications.preferences.title');
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
    <Container className="py-5 notification-preferences">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[
          { to: paths.account, label: t('auth.account.title') },
          { to: paths.notifications, label: t('notifications.title') },
        ]}
        current={title}
      />
      <h1>{title}</h1>
      <Row>
        <Col lg={8}>
          <p className="lead">{t('notifications.preferences.intro')}</p>
          <p className="notifications-in-app">{t('notifications.preferences.alwaysInApp')}</p>
          <PreferencesForm />
          <p className="mt-5">
            <Link to={paths.notifications}>{t('notifications.preferences.backToList')}</Link>
          </p>
        </Col>
      </Row>
    </Container>
  );
}

function PreferencesForm() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationPreferencesQueryDocument);
  const [save, { loading }] = useMutation(SetNotificationPreferencesMutationDocument, {
    update: (cache, result) => {
      const saved = result.data?.setNotificationPreferences;
      if (saved) {
        cache.writeQuery({
          query: NotificationPreferencesQueryDocument,
          data: { notificationPreferences: saved },
        });
      }
    },
  });
  const [choices, setChoices] = useState<Partial<Preferences>>({});
  const { feedback, success, alertRef, fail, succeed, reset } = useActionFeedback();
  const current = data?.notificationPreferences;
  if (!current) return error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />;
  const chosen = (kind: NotificationKind): EmailMode => choices[FIELD[kind]] ?? current[FIELD[kind]];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const input = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [FIELD[kind], chosen(kind)]));
    try {
      await save({ variables: { input } });
      setChoices({});
      succeed(t('notifications.preferences.saved'));
    } catch (caught) {
      fail(feedbackFromError(readApiError(caught), t));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mt-4">
      <p>{t('notifications.preferences.dailyHint')}</p>
      {NOTIFICATION_KINDS.map((kind) => (
        <fieldset key={kind}>
          <legend className="h5">{t(`notifications.preferences.kinds.${kind}`)}</legend>
          {EMAIL_MODES.map((mode) => (
            <div key={mode} className="form-check">
              <input
                id={radioId(kind, mode)}
                type="radio"
                name={`notifiche-email-${kind.toLowerCase()}`}
                value={mode}
                checked={chosen(kind) === mode}
                onChange={() => {
                  reset();
                  setChoices((previous) => ({ ...previous, [FIELD[kind]]: mode }));
                }}
              />
              <label htmlFor={radioId(kind, mode)}>{t(`notifications.preferences.modes.${mode}`)}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <Button type="submit" color="primary" className="mt-4" aria-disabled={loading}>
        {loading ? t('notifications.preferences.saving') : t('notifications.preferences.save')}
      </Button>
      <StatusMessage message={success} />
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
