import { useMutation, useQuery } from '@apollo/client/react';
import { PUBLIC_NAME_MODES, publicNameOf, type PublicNameMode } from '@piano2030/shared-domain';
import { readApiError } from '@piano2030/web-core';
import {
  ActionAlert,
  ErrorState,
  feedbackFromError,
  FormattedDate,
  LoadingState,
  StatusMessage,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPublicNameQueryDocument, SetPublicNameModeMutationDocument } from './account.documents';

const RADIO_ID = (mode: PublicNameMode) => `public-name-${mode.toLowerCase()}`;

/**
 * How the person appears in public (initials by default, or the full display name), each choice
 * previewed as others would read it; and when they accepted the privacy notice, and which version.
 */
export function PublicNameSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AccountPublicNameQueryDocument);
  const [save, { loading }] = useMutation(SetPublicNameModeMutationDocument);
  const [choice, setChoice] = useState<PublicNameMode | null>(null);
  const { feedback, success, alertRef, fail, succeed, reset } = useActionFeedback();
  const me = data?.me;
  if (!me) {
    return error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />;
  }
  const selected = choice ?? me.publicNameMode;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    try {
      const result = await save({ variables: { mode: selected } });
      const name = result.data?.setPublicNameMode.publicName ?? publicNameOf(me.displayName, selected);
      setChoice(null);
      succeed(t('auth.account.publicName.saved', { name }));
    } catch (caught) {
      fail(feedbackFromError(readApiError(caught), t));
    }
  };

  return (
    <section aria-labelledby="public-name-title" className="mt-5">
      <h2 id="public-name-title" className="h4">
        {t('auth.account.publicName.title')}
      </h2>
      <p>{t('auth.account.publicName.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <fieldset className="mb-3">
          <legend className="h6">{t('auth.account.publicName.legend')}</legend>
          {PUBLIC_NAME_MODES.map((mode) => (
            <div key={mode} className="form-check">
              <input
                id={RADIO_ID(mode)}
                type="radio"
                name="public-name-mode"
                value={mode}
                checked={selected === mode}
                onChange={() => {
                  reset();
                  setChoice(mode);
                }}
              />
              <label htmlFor={RADIO_ID(mode)}>
                {t(`auth.account.publicName.modes.${mode}`, { preview: publicNameOf(me.displayName, mode) })}
              </label>
            </div>
          ))}
        </fieldset>
        <p>
          {t('auth.account.publicName.preview')}{' '}
          <strong data-testid="public-name-preview">{publicNameOf(me.displayName, selected)}</strong>
        </p>
        <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
        <Button type="submit" color="primary" outline aria-disabled={loading || undefined}>
          {loading ? t('auth.account.publicName.saving') : t('auth.account.publicName.save')}
        </Button>
        <StatusMessage message={success} />
      </form>
      <h2 className="h4 mt-5">{t('auth.account.privacy.title')}</h2>
      {me.privacyConsentAt ? (
        <dl className="row">
          <dt className="col-sm-4">{t('auth.account.privacy.acceptedOn')}</dt>
          <dd className="col-sm-8">
            <FormattedDate value={me.privacyConsentAt} />
          </dd>
          <dt className="col-sm-4">{t('auth.account.privacy.version')}</dt>
          <dd className="col-sm-8">{me.privacyNoticeVersion}</dd>
        </dl>
      ) : (
        <p>{t('auth.account.privacy.notRecorded')}</p>
      )}
    </section>
  );
}
