import { ACCOUNT_LIMITS } from '@piano2030/shared-domain';
import { paths, useCurrentUser, useRegister } from '@piano2030/web-core';
import { FormField, usePageTitle } from '@piano2030/web-ui';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { checkRegistration, type RegistrationValues } from './account-input-checks';
import { AuthFormLayout } from './auth-form-layout';
import { ConsentField } from './consent-field';
import { feedbackFromApiError, hasFieldErrors, NO_FEEDBACK, type FormFeedback } from './form-feedback';
import { useFocusOnFeedback } from './use-focus-on-feedback';

const FIELD_IDS = {
  email: 'register-email',
  password: 'register-password',
  displayName: 'register-display-name',
  privacyConsent: 'register-privacy-consent',
};

const { passwordMinLength, passwordMaxLength, displayNameMinLength, displayNameMaxLength } = ACCOUNT_LIMITS;

function registrationRules(t: TFunction): Record<keyof typeof FIELD_IDS, string> {
  return {
    email: t('auth.checks.emailInvalid'),
    password: t('auth.checks.passwordLength', { min: passwordMinLength, max: passwordMaxLength }),
    displayName: t('auth.checks.displayNameInvalid', {
      min: displayNameMinLength,
      max: displayNameMaxLength,
    }),
    privacyConsent: t('auth.checks.privacyConsentRequired'),
  };
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.register.title'));
  const { user } = useCurrentUser();
  const [register, { loading }] = useRegister();
  const [values, setValues] = useState<RegistrationValues>({
    email: '',
    password: '',
    displayName: '',
    privacyConsent: false,
  });
  const [feedback, setFeedback] = useState<FormFeedback>(NO_FEEDBACK);
  const summaryRef = useFocusOnFeedback(feedback, FIELD_IDS);

  // Registering signs the new account in; this render then takes it to its personal area.
  if (user) return <Navigate to={paths.account} replace />;

  const submit = async () => {
    const checked = { fieldErrors: checkRegistration(values, t), summary: t('auth.errors.checkFields') };
    if (hasFieldErrors(checked)) {
      setFeedback(checked);
      return;
    }
    setFeedback(NO_FEEDBACK);
    try {
      await register({ ...values, email: values.email.trim(), displayName: values.displayName.trim() });
    } catch (error) {
      setFeedback(feedbackFromApiError(error, registrationRules(t), t));
    }
  };

  return (
    <AuthFormLayout
      title={t('auth.register.title')}
      intro={t('auth.register.intro')}
      summary={feedback.summary}
      summaryRef={summaryRef}
      onSubmit={submit}
      busy={loading}
      submitLabel={loading ? t('auth.register.submitting') : t('auth.register.submit')}
      footer={
        <>
          {t('auth.register.haveAccount')} <Link to={paths.signIn}>{t('auth.register.signInLink')}</Link>
        </>
      }
    >
      <FormField
        required
        id={FIELD_IDS.email}
        label={t('auth.fields.email')}
        type="email"
        autoComplete="email"
        maxLength={ACCOUNT_LIMITS.emailMaxLength}
        value={values.email}
        errors={feedback.fieldErrors.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
      />
      <FormField
        required
        id={FIELD_IDS.password}
        label={t('auth.fields.password')}
        type="password"
        autoComplete="new-password"
        hint={t('auth.register.passwordHint', { min: passwordMinLength, max: passwordMaxLength })}
        value={values.password}
        errors={feedback.fieldErrors.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
      />
      <FormField
        required
        id={FIELD_IDS.displayName}
        label={t('auth.fields.displayName')}
        autoComplete="nickname"
        hint={t('auth.register.displayNameHint', {
          min: displayNameMinLength,
          max: displayNameMaxLength,
        })}
        value={values.displayName}
        errors={feedback.fieldErrors.displayName}
        onChange={(event) => setValues({ ...values, displayName: event.target.value })}
      />
      <ConsentField
        id={FIELD_IDS.privacyConsent}
        checked={values.privacyConsent}
        errors={feedback.fieldErrors.privacyConsent}
        onChange={(privacyConsent) => setValues({ ...values, privacyConsent })}
      />
    </AuthFormLayout>
  );
}
