import { useMutation, useQuery } from '@apollo/client/react';
import {
  readApiError,
  type CommitteeConsultationFragment,
  type ConsultationInvitationsQuery,
  type InvitableOrganisationsQuery,
} from '@piano2030/web-core';
import {
  ActionAlert,
  ErrorState,
  feedbackFromError,
  FormField,
  LoadingState,
  StatusMessage,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConsultationInvitationsQueryDocument,
  InvitableOrganisationsQueryDocument,
  SetConsultationInvitationsMutationDocument,
} from './editor.documents';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Invitations = ConsultationInvitationsQuery['consultationInvitations'];
type Organisation = InvitableOrganisationsQuery['organisations'][number];

/**
 * Who may take part in an invitation-only consultation: organisations with a verified
 * representative, and people by their account's identifier. The form starts from the invitations
 * saved, so saving (which replaces the whole list) never drops one the committee did not see.
 */
export function InvitationsForm({ consultation }: { consultation: CommitteeConsultationFragment }) {
  const { t } = useTranslation();
  const invited = consultation.settings.participation === 'INVITED';
  const closed = consultation.status === 'CLOSED' || consultation.status === 'REPORT_PUBLISHED';
  const invitations = useQuery(ConsultationInvitationsQueryDocument, {
    variables: { id: consultation.id },
    skip: !invited || closed,
    fetchPolicy: 'network-only',
  });
  const organisations = useQuery(InvitableOrganisationsQueryDocument, { skip: !invited || closed });
  if (!invited || closed) return null;

  return (
    <section aria-labelledby="cons-sec-invitations" className="cons-form-section">
      <h2 id="cons-sec-invitations" className="h4">
        {t('consultationsAdmin.invitations.title')}
      </h2>
      <p>{t('consultationsAdmin.invitations.intro')}</p>
      {invitations.data ? (
        <InvitationsEditor
          consultationId={consultation.id}
          saved={invitations.data.consultationInvitations}
          organisations={organisations.data?.organisations}
        />
      ) : invitations.error ? (
        <ErrorState onRetry={() => void invitations.refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

/** The form itself, once the saved invitations are known: it starts from them. */
function InvitationsEditor({
  consultationId,
  saved: initial,
  organisations,
}: {
  consultationId: string;
  saved: Invitations;
  /** Undefined while they load. */
  organisations: readonly Organisation[] | undefined;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(() => [...initial.organisationIds]);
  const [people, setPeople] = useState(() => initial.userIds.join('\n'));
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState({
    organisations: initial.organisationIds.length,
    people: initial.userIds.length,
  });
  const peopleId = 'cons-invite-people';
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback({ userIds: peopleId });
  const [setInvitations, { loading }] = useMutation(SetConsultationInvitationsMutationDocument);

  const userIds = people
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const list = (organisations ?? []).filter((organisation) =>
    organisation.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  // Invited before they lost their verified representative: still invited until unticked.
  const unlisted = organisations
    ? chosen.filter((id) => !organisations.some((organisation) => organisation.id === id))
    : [];
  const choices = [
    ...unlisted.map((id) => ({ id, name: t('consultationsAdmin.invitations.unlisted', { id }) })),
    ...list,
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const wrong = userIds.filter((id) => !UUID.test(id));
    if (wrong.length) {
      fail({
        lead: t('errors.BAD_USER_INPUT'),
        fieldErrors: { userIds: [t('consultationsAdmin.invitations.badIds', { ids: wrong.join(', ') })] },
      });
      return;
    }
    try {
      const { data } = await setInvitations({
        variables: { id: consultationId, userIds, organisationIds: chosen },
      });
      if (data) {
        const result = data.setConsultationInvitations;
        const counts = { organisations: result.organisationIds.length, people: result.userIds.length };
        setSaved(counts);
        succeed(t('consultationsAdmin.invitations.saved', counts));
      }
    } catch (error) {
      const apiError = readApiError(error);
      const rule = t('consultationsAdmin.invitations.unknownPerson');
      const fieldRules = Object.fromEntries(userIds.map((_, index) => [`userIds.${index}`, rule]));
      const shown = feedbackFromError(apiError, t, fieldRules);
      const peopleErrors = Object.entries(shown.fieldErrors)
        .filter(([field]) => field.startsWith('userIds'))
        .flatMap(([field]) => `${userIds[Number(field.split('.')[1])] ?? ''}: ${rule}`);
      fail({ ...shown, fieldErrors: peopleErrors.length ? { userIds: peopleErrors } : {} });
    }
  };

  return (
    <form noValidate aria-labelledby="cons-sec-invitations" onSubmit={(event) => void submit(event)}>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
      <fieldset className="mb-4">
        <legend className="h5 mb-4">{t('consultationsAdmin.invitations.organisations')}</legend>
        <div className="cons-narrow-field">
          <FormField
            id="cons-invite-filter"
            type="text"
            label={t('consultationsAdmin.invitations.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        {organisations && list.length === 0 && (
          <p className="small">{t('consultationsAdmin.invitations.noOrganisations')}</p>
        )}
        <div className="cons-choices-columns">
          {choices.map((organisation) => {
            const id = `cons-invite-${organisation.id}`;
            return (
              <div key={organisation.id} className="form-check">
                <input
                  id={id}
                  type="checkbox"
                  checked={chosen.includes(organisation.id)}
                  onChange={(event) =>
                    setChosen((current) =>
                      event.target.checked
                        ? [...current, organisation.id]
                        : current.filter((other) => other !== organisation.id),
                    )
                  }
                />
                <label htmlFor={id}>{organisation.name}</label>
              </div>
            );
          })}
        </div>
        <p className="small mb-0">{t('consultationsAdmin.invitations.chosen', { count: chosen.length })}</p>
      </fieldset>
      <TextAreaField
        id={peopleId}
        label={t('consultationsAdmin.invitations.people')}
        hint={t('consultationsAdmin.invitations.peopleHint')}
        rows={3}
        value={people}
        errors={feedback?.fieldErrors.userIds}
        onChange={(event) => setPeople(event.target.value)}
      />
      <p className="small">
        {t('consultationsAdmin.invitations.lastSaved', saved)} {t('consultationsAdmin.invitations.replaces')}
      </p>
      <Button type="submit" color="primary" outline aria-disabled={loading || undefined}>
        {t('consultationsAdmin.invitations.save')}
      </Button>
      <StatusMessage message={success} />
    </form>
  );
}
