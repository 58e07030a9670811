import { paths, useCurrentUser, useSignIn } from '@piano2030/web-core';
import { FormField, usePageTitle } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { checkSignIn, type SignInValues } from './account-input-checks';
import { AuthFormLayout } from './auth-form-layout';
import { feedbackFromApiError, hasFieldErrors, NO_FEEDBACK, type FormFeedback } from './form-feedback';
import { useFocusOnFeedback } from './use-focus-on-feedback';

const FIELD_IDS = { email: 'sign-in-email', password: 'sign-in-password' };

/** Where a visitor sent here by a protected page goes back to after signing in. */
export interface SignInLocationState {
  from?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const location = useLocation();
  const { user } = useCurrentUser();
  const [signIn, { loading }] = useSignIn();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [feedback, setFeedback] = useState<FormFeedback>(NO_FEEDBACK);
  const summaryRef = useFocusOnFeedback(feedback, FIELD_IDS);

  // Signing in puts the account in the cache; this render then takes the visitor on.
  if (user)
    return <Navigate to={(location.state as SignInLocationState | null)?.from ?? paths.account} replace />;

  const submit = async () => {
    const fieldErrors = checkSignIn(values, t);
    const checked = { fieldErrors, summary: t('auth.errors.checkFields') };
    if (hasFieldErrors(checked)) {
      setFeedback(checked);
      return;
    }
    setFeedback(NO_FEEDBACK);
    try {
      await signIn({ email: values.email.trim(), password: values.password });
    } catch (error) {
      setFeedback(
        feedbackFromApiError(
          error,
          { email: t('auth.checks.emailRequired'), password: t('auth.checks.passwordRequired') },
          t,
        ),
      );
    }
  };

  return (
    <AuthFormLayout
      title={t('auth.signIn.title')}
      intro={t('auth.signIn.intro')}
      summary={feedback.summary}
      summaryRef={summaryRef}
      onSubmit={submit}
      busy={loading}
      submitLabel={loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      footer={
        <>
          {t('auth.signIn.noAccount')} <Link to={paths.register}>{t('auth.signIn.registerLink')}</Link>
        </>
      }
    >
      <FormField
        required
        id={FIELD_IDS.email}
        label={t('auth.fields.email')}
        type="email"
        autoComplete="username"
        value={values.email}
        errors={feedback.fieldErrors.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
      />
      <FormField
        required
        id={FIELD_IDS.password}
        label={t('auth.fields.password')}
        type="password"
        autoComplete="current-password"
        value={values.password}
        errors={feedback.fieldErrors.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
      />
    </AuthFormLayout>
  );
}
