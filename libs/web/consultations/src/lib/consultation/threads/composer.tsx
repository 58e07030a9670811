import { SimilarContributions } from '@piano2030/web-search';
import { useMutation, useQuery } from '@apollo/client/react';
import { CONTRIBUTION_KINDS } from '@piano2030/shared-domain';
import type { ContributionAnchorInput, ContributionKind, ParticipationMode } from '@piano2030/web-core';
import { ActionAlert, SelectField, useActionFeedback, type SelectOption } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyField } from './body-field';
import { checkBody, contributionFeedback } from './contribution-errors';
import type { Contribution } from './thread-store';
import { ComposerRepresentationsQueryDocument, PostContributionMutationDocument } from './threads.documents';
import { useIdempotencyKey } from './use-idempotency-key';

/** The fields a refusal may name, in the order focus visits them. */
const FIELDS = ['kind', 'body', 'anchor', 'organisationId'] as const;

export interface ComposerTarget {
  consultationId: string;
  participation: ParticipationMode;
  /** Where a root contribution may point: questions, interventions, SWOT items ("KIND|ref" values). */
  anchorOptions: readonly SelectOption[];
}

/** The organisations the person speaks for, as a verified representative. */
export function useVerifiedOrganisations(skip: boolean) {
  const { data, loading } = useQuery(ComposerRepresentationsQueryDocument, { skip });
  const organisations = (data?.myRepresentations ?? [])
    .filter((representation) => representation.status === 'VERIFIED')
    .map((representation) => representation.organisation);
  return { organisations, loading: !skip && loading };
}

const parseAnchor = (value: string): ContributionAnchorInput | null => {
  const [kind, ...ref] = value.split('|');
  return kind && ref.length ? { kind: kind as ContributionAnchorInput['kind'], ref: ref.join('|') } : null;
};

/**
 * Writing a contribution, or a reply under one. The text stays as typed whatever arrives on the
 * page and whatever the API answers; only a success empties it. Every retry of the same content
 * carries the same idempotency key, so a retry after a lost answer never posts twice.
 */
export function Composer({
  target,
  parent,
  idPrefix,
  onPosted,
  onCancel,
}: {
  target: ComposerTarget;
  parent?: Contribution;
  idPrefix: string;
  onPosted: (contribution: Contribution) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const ids = {
    kind: `${idPrefix}-kind`,
    body: `${idPrefix}-body`,
    anchor: `${idPrefix}-anchor`,
    organisationId: `${idPrefix}-organisation`,
  };
  const onlyOrganisations = target.participation === 'ORGANISATIONS';
  const { organisations } = useVerifiedOrganisations(false);
  const [kind, setKind] = useState<ContributionKind>(parent ? 'COMMENT' : 'OBSERVATION');
  const [body, setBody] = useState('');
  const [anchor, setAnchor] = useState('');
  const [chosenOrganisation, setOrganisation] = useState<string | null>(null);
  const organisationId = chosenOrganisation ?? (onlyOrganisations ? (organisations[0]?.id ?? '') : '');
  const [success, setSuccess] = useState<{ message: string; id: string } | null>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback(ids);
  const keys = useIdempotencyKey();
  const [post, { loading }] = useMutation(PostContributionMutationDocument);
  const errorsOf = (field: keyof typeof ids) => feedback?.fieldErrors[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSuccess(null);
    const checked = checkBody(body, t);
    if (checked) {
      fail(checked);
      return;
    }
    const input = {
      consultationId: target.consultationId,
      parentId: parent?.id ?? null,
      kind,
      body,
      anchor: parent ? null : parseAnchor(anchor),
      organisationId: organisationId || null,
    };
    const idempotencyKey = keys.keyFor(JSON.stringify(input));
    try {
      const { data } = await post({ variables: { input: { ...input, idempotencyKey } } });
      if (!data) return;
      const posted = data.postContribution;
      keys.renew();
      reset();
      setBody('');
      setAnchor('');
      setKind(parent ? 'COMMENT' : 'OBSERVATION');
      setSuccess({
        id: posted.id,
        message:
          posted.status === 'PENDING'
            ? t('consultations.composer.sentPending')
            : parent
              ? t('consultations.composer.replied')
              : t('consultations.composer.posted'),
      });
      onPosted(posted);
    } catch (error) {
      fail(contributionFeedback(error, t, FIELDS));
    }
  };

  const titleId = `${idPrefix}-title`;
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => void submit(event)}
      className={`cons-composer${parent ? ' cons-composer-reply' : ''}`}
    >
      <p id={titleId} className={parent ? 'visually-hidden' : 'h4 mb-5'}>
        {parent
          ? t('consultations.composer.replyTitle', {
              name: parent.author.organisationName ?? parent.author.name,
            })
          : t('consultations.composer.title')}
      </p>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-5" />
      <div className={`row${parent ? ' mt-5' : ''}`}>
        <div className="col-md-6">
          <SelectField
            id={ids.kind}
            label={t('consultations.composer.kind')}
            hint={parent ? undefined : t('consultations.composer.kindHint')}
            value={kind}
            errors={errorsOf('kind')}
            options={CONTRIBUTION_KINDS.map((one) => ({ value: one, label: t(`consultations.kind.${one}`) }))}
            onChange={(event) => setKind(event.target.value as ContributionKind)}
          />
        </div>
        {(organisations.length > 0 || onlyOrganisations) && (
          <div className="col-md-6">
            <SelectField
              id={ids.organisationId}
              label={t('consultations.composer.speaker')}
              value={organisationId}
              errors={errorsOf('organisationId')}
              options={[
                ...(onlyOrganisations ? [] : [{ value: '', label: t('consultations.composer.asMyself') }]),
                ...organisations.map((organisation) => ({
                  value: organisation.id,
                  label: t('consultations.composer.onBehalfOf', { name: organisation.name }),
                })),
              ]}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          </div>
        )}
      </div>
      <BodyField
        id={ids.body}
        label={parent ? t('consultations.composer.replyBody') : t('consultations.composer.body')}
        value={body}
        errors={errorsOf('body')}
        onChange={setBody}
      />
      {!parent && <SimilarContributions consultationId={target.consultationId} text={body} />}
      {!parent && target.anchorOptions.length > 0 && (
        <SelectField
          id={ids.anchor}
          label={t('consultations.composer.anchor')}
          hint={t('consultations.composer.anchorHint')}
          value={anchor}
          errors={errorsOf('anchor')}
          options={[{ value: '', label: t('consultations.composer.noAnchor') }, ...target.anchorOptions]}
          onChange={(event) => setAnchor(event.target.value)}
        />
      )}
      <div className="d-flex flex-wrap gap-2 mt-3">
        <Button type="submit" color="primary" aria-disabled={loading}>
          {loading
            ? t('consultations.composer.sending')
            : parent
              ? t('consultations.composer.sendReply')
              : t('consultations.composer.send')}
        </Button>
        {onCancel && (
          <Button type="button" color="primary" outline onClick={onCancel}>
            {t('consultations.composer.cancel')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {success && (
          <p className="alert alert-success mt-3 mb-0">
            {success.message} <a href={`#contributo-${success.id}`}>{t('consultations.composer.goTo')}</a>
          </p>
        )}
      </div>
    </form>
  );
}
