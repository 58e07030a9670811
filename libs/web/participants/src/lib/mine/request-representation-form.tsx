import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_LIMITS as L,
  type OrganisationCategory,
} from '@piano2030/shared-domain';
import { readApiError, type RequestRepresentationInput, type StakeholderCategory } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  FormField,
  SelectField,
  StatusMessage,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MyRepresentationsQueryDocument,
  OrganisationChoicesQueryDocument,
  RequestRepresentationMutationDocument,
} from '../shared/participants.documents';
import {
  checkRequest,
  EMPTY_REQUEST,
  FIELD_IDS,
  requestRules,
  type OrganisationChoice,
  type RequestValues,
} from './request-checks';

interface ExistingOrganisation {
  id: string;
  name: string;
}

/** The organisation a CONFLICT names when the one being registered is there already. */
function existingOrganisationOf(error: unknown): ExistingOrganisation | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const existing = error.errors[0]?.extensions?.existingOrganisation as
    Partial<ExistingOrganisation> | undefined;
  return typeof existing?.id === 'string' && typeof existing.name === 'string'
    ? { id: existing.id, name: existing.name }
    : null;
}

/**
 * A request to represent an organisation: one already listed (found by typing part of its name)
 * or a new one with its category, and one's role in it. Refusals are shown next to the fields at
 * fault; a name already registered offers to ask for that organisation instead.
 */
export function RequestRepresentationForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<RequestValues>(EMPTY_REQUEST);
  const [search, setSearch] = useState('');
  const [existing, setExisting] = useState<ExistingOrganisation | null>(null);
  const { feedback, success, alertRef, fail, succeed, reset } = useActionFeedback(FIELD_IDS);
  const choices = useQuery(OrganisationChoicesQueryDocument);
  const [send, { loading }] = useMutation(RequestRepresentationMutationDocument, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.updateQuery({ query: MyRepresentationsQueryDocument }, (previous) =>
        previous
          ? { myRepresentations: [data.requestRepresentation, ...previous.myRepresentations] }
          : previous,
      );
    },
  });
  const set = (changes: Partial<RequestValues>) => setValues((current) => ({ ...current, ...changes }));
  const errorsOf = (field: keyof typeof FIELD_IDS) => feedback?.fieldErrors[field];

  const submit = async (input: RequestRepresentationInput, organisationName: string) => {
    try {
      await send({ variables: { input } });
      setValues(EMPTY_REQUEST);
      setSearch('');
      setExisting(null);
      succeed(t('participants.mine.sent', { name: organisationName }));
    } catch (error) {
      const apiError = readApiError(error);
      const duplicate = apiError.code === 'CONFLICT' ? existingOrganisationOf(error) : null;
      setExisting(duplicate);
      if (duplicate) {
        const field = Object.keys(apiError.fieldErrors)[0] ?? 'newOrganisation.name';
        fail({
          lead: t('participants.mine.duplicate', { name: duplicate.name }),
          fieldErrors: { [field]: [t('participants.mine.duplicate', { name: duplicate.name })] },
        });
      } else {
        fail(feedbackFromError(apiError, t, requestRules(t)));
      }
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(checkRequest(values, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    const title = values.role.trim();
    if (values.choice === 'EXISTING') {
      const chosen = choices.data?.organisations.find((one) => one.id === values.organisationId);
      void submit({ organisationId: values.organisationId, title }, chosen?.name ?? '');
    } else {
      const name = values.name.trim();
      void submit(
        {
          newOrganisation: {
            name,
            category: values.category as OrganisationCategory,
            taxCode: values.taxCode.trim() || null,
            website: values.website.trim() || null,
          },
          title,
        },
        name,
      );
    }
  };

  const askForExisting = () => {
    if (!existing || loading) return;
    const checked = feedbackFromChecks(
      Object.fromEntries(Object.entries(checkRequest(values, t)).filter(([field]) => field === 'title')),
      t,
    );
    if (checked) fail(checked);
    else void submit({ organisationId: existing.id, title: values.role.trim() }, existing.name);
  };

  const chooseMode = (choice: OrganisationChoice) => {
    reset();
    setExisting(null);
    set({ choice });
  };

  return (
    <section aria-labelledby="request-title" className="mt-5 p-3 p-md-4 border border-primary rounded">
      <h2 id="request-title" className="h3">
        {t('participants.mine.requestTitle')}
      </h2>
      <form noValidate aria-labelledby="request-title" onSubmit={onSubmit}>
        <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-4" />
        <fieldset className="mb-4">
          <legend className="h6">{t('participants.mine.which')}</legend>
          {(['EXISTING', 'NEW'] as const).map((choice) => (
            <div key={choice} className="form-check form-check-inline">
              <input
                id={`representation-choice-${choice.toLowerCase()}`}
                type="radio"
                name="representation-choice"
                checked={values.choice === choice}
                onChange={() => chooseMode(choice)}
              />
              <label htmlFor={`representation-choice-${choice.toLowerCase()}`}>
                {t(`participants.mine.choices.${choice}`)}
              </label>
            </div>
          ))}
        </fieldset>
        {values.choice === 'EXISTING' ? (
          <ExistingOrganisationFields
            organisations={choices.data?.organisations ?? []}
            loading={choices.loading}
            search={search}
            onSearch={setSearch}
            organisationId={values.organisationId}
            onChoose={(organisationId) => set({ organisationId })}
            errors={errorsOf('organisationId')}
          />
        ) : (
          <>
            <FormField
              required
              id={FIELD_IDS['newOrganisation.name']}
              label={t('participants.mine.name')}
              hint={t('participants.mine.nameHint', { min: L.nameMinLength, max: L.nameMaxLength })}
              maxLength={L.nameMaxLength}
              value={values.name}
              errors={errorsOf('newOrganisation.name')}
              onChange={(event) => set({ name: event.target.value })}
            />
            {existing && (
              <p>
                <Button type="button" color="primary" outline size="sm" onClick={askForExisting}>
                  {t('participants.mine.askExisting', { name: existing.name })}
                </Button>
              </p>
            )}
            <SelectField
              required
              id={FIELD_IDS['newOrganisation.category']}
              label={t('participants.fields.category')}
              value={values.category}
              errors={errorsOf('newOrganisation.category')}
              options={[
                { value: '', label: t('participants.mine.chooseCategory') },
                ...ORGANISATION_CATEGORIES.map((category) => ({
                  value: category,
                  label: t(`participants.categories.${category}`),
                })),
              ]}
              onChange={(event) => set({ category: event.target.value })}
            />
            <FormField
              id={FIELD_IDS['newOrganisation.taxCode']}
              label={t('participants.mine.taxCode')}
              hint={t('participants.mine.taxCodeHint')}
              maxLength={20}
              autoComplete="off"
              value={values.taxCode}
              errors={errorsOf('newOrganisation.taxCode')}
              onChange={(event) => set({ taxCode: event.target.value })}
            />
            <FormField
              id={FIELD_IDS['newOrganisation.website']}
              type="url"
              label={t('participants.mine.website')}
              hint={t('participants.mine.websiteHint')}
              maxLength={L.websiteMaxLength}
              autoComplete="url"
              value={values.website}
              errors={errorsOf('newOrganisation.website')}
              onChange={(event) => set({ website: event.target.value })}
            />
          </>
        )}
        <FormField
          required
          id={FIELD_IDS.title}
          label={t('participants.mine.role')}
          hint={t('participants.mine.roleHint', { min: L.titleMinLength, max: L.titleMaxLength })}
          maxLength={L.titleMaxLength}
          autoComplete="organization-title"
          value={values.role}
          errors={errorsOf('title')}
          onChange={(event) => set({ role: event.target.value })}
        />
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {loading ? t('participants.mine.submitting') : t('participants.mine.submit')}
        </Button>
        <StatusMessage message={success} />
      </form>
    </section>
  );
}

function ExistingOrganisationFields({
  organisations,
  loading,
  search,
  onSearch,
  organisationId,
  onChoose,
  errors,
}: {
  organisations: readonly { id: string; name: string; category: StakeholderCategory }[];
  loading: boolean;
  search: string;
  onSearch: (search: string) => void;
  organisationId: string;
  onChoose: (id: string) => void;
  errors?: readonly string[];
}) {
  const { t } = useTranslation();
  const needle = search.trim().toLocaleLowerCase();
  const isMatch = (one: { name: string }) => !needle || one.name.toLocaleLowerCase().includes(needle);
  const found = organisations.filter(isMatch);
  // The chosen one stays in the list while the search changes, so the choice is never lost unseen.
  const shown = organisations.filter((one) => isMatch(one) || one.id === organisationId);
  return (
    <>
      <FormField
        id="representation-search"
        type="text"
        label={t('participants.mine.search')}
        hint={t('participants.mine.searchHint')}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
      />
      <p role="status" className="small">
        {loading
          ? ''
          : found.length
            ? t('participants.mine.matches', { count: found.length })
            : t('participants.mine.noMatches')}
      </p>
      <SelectField
        required
        id={FIELD_IDS.organisationId}
        label={t('participants.mine.organisation')}
        value={organisationId}
        errors={errors}
        options={[
          { value: '', label: t('participants.mine.chooseOrganisation') },
          ...shown.map((one) => ({
            value: one.id,
            label: `${one.name} – ${t(`participants.categories.${one.category}`)}`,
          })),
        ]}
        onChange={(event) => onChoose(event.target.value)}
      />
    </>
  );
}
