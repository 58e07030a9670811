import { useMutation } from '@apollo/client/react';
import { ORGANISATION_LIMITS as L } from '@piano2030/shared-domain';
import { readApiError, type RepresentationRequestsQuery } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  focusSoon,
  FormattedDate,
  StatusMessage,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RejectRepresentationMutationDocument,
  RevokeRepresentationMutationDocument,
  VerifyRepresentationMutationDocument,
} from '../shared/participants.documents';
import { RepresentationStatusBadge } from '../shared/status-badge';

type Request = RepresentationRequestsQuery['representationRequests'][number];
type ReasonedDecision = 'REJECT' | 'REVOKE';

/**
 * One request: who asks, for which organisation and in what role, with the organisation's tax code
 * and site to check against. A pending one is verified at once or rejected with a reason; a verified
 * one can be revoked with a reason. The reason form opens in place and takes focus.
 */
export function RepresentationCard({ request }: { request: Request }) {
  const { t } = useTranslation();
  const id = (part: string) => `representation-${request.id}-${part}`;
  const reasonId = id('reason');
  const { feedback, success, alertRef, fail, succeed, reset } = useActionFeedback({ reason: reasonId });
  const [open, setOpen] = useState<ReasonedDecision | null>(null);
  const [reason, setReason] = useState('');
  const [verify, verifying] = useMutation(VerifyRepresentationMutationDocument);
  const [reject, rejecting] = useMutation(RejectRepresentationMutationDocument);
  const [revoke, revoking] = useMutation(RevokeRepresentationMutationDocument);
  const busy = verifying.loading || rejecting.loading || revoking.loading;
  const names = { person: request.requester.displayName, organisation: request.organisation.name };
  const rules = {
    reason: t('participants.admin.reasonCheck', { min: L.reasonMinLength, max: L.reasonMaxLength }),
  };

  const decided = (message: string) => {
    setOpen(null);
    setReason('');
    succeed(message);
    // The buttons just pressed change with the status: the card's heading keeps the reader's place.
    focusSoon(id('heading'));
  };

  const onVerify = async () => {
    if (busy) return;
    try {
      await verify({ variables: { id: request.id } });
      decided(t('participants.admin.verified', names));
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, rules));
    }
  };

  const openReason = (decision: ReasonedDecision) => {
    reset();
    setOpen(decision);
    focusSoon(reasonId);
  };

  const cancel = () => {
    const decision = open;
    setOpen(null);
    setReason('');
    reset();
    if (decision) focusSoon(id(decision.toLowerCase()));
  };

  const onDecide = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !open) return;
    const text = reason.trim();
    const checked = feedbackFromChecks(
      text.length < L.reasonMinLength || text.length > L.reasonMaxLength ? { reason: [rules.reason] } : {},
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    try {
      const variables = { id: request.id, reason: text };
      if (open === 'REJECT') {
        await reject({ variables });
        decided(t('participants.admin.rejected', names));
      } else {
        await revoke({ variables });
        decided(t('participants.admin.revoked', names));
      }
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, rules));
    }
  };

  return (
    <li className="border rounded p-3">
      <h2 id={id('heading')} className="h5 mb-2" tabIndex={-1}>
        {t('participants.admin.cardTitle', names)}
      </h2>
      <p className="mb-2">
        <RepresentationStatusBadge status={request.status} />
      </p>
      <dl className="row mb-2">
        <dt className="col-sm-4">{t('participants.fields.role')}</dt>
        <dd className="col-sm-8">{request.title}</dd>
        <dt className="col-sm-4">{t('participants.fields.category')}</dt>
        <dd className="col-sm-8">{t(`participants.categories.${request.organisation.category}`)}</dd>
        <dt className="col-sm-4">{t('participants.fields.taxCode')}</dt>
        <dd className="col-sm-8">{request.organisationTaxCode ?? t('participants.admin.notGiven')}</dd>
        <dt className="col-sm-4">{t('participants.fields.website')}</dt>
        <dd className="col-sm-8">
          {request.organisation.website ? (
            <a href={request.organisation.website} rel="noopener noreferrer" target="_blank">
              {request.organisation.website}
            </a>
          ) : (
            t('participants.admin.notGiven')
          )}
        </dd>
        <dt className="col-sm-4">{t('participants.fields.requestedOn')}</dt>
        <dd className="col-sm-8">
          <FormattedDate value={request.requestedAt} withTime />
        </dd>
        {request.decidedAt && (
          <>
            <dt className="col-sm-4">{t('participants.fields.decidedOn')}</dt>
            <dd className="col-sm-8">
              <FormattedDate value={request.decidedAt} withTime />
            </dd>
          </>
        )}
        {request.decisionReason && (
          <>
            <dt className="col-sm-4">{t('participants.fields.reason')}</dt>
            <dd className="col-sm-8">{request.decisionReason}</dd>
          </>
        )}
      </dl>
      <ActionAlert feedback={open ? null : feedback} alertRef={open ? undefined : alertRef} />
      {!open && (request.status === 'PENDING' || request.status === 'VERIFIED') && (
        <div className="d-flex flex-wrap gap-2 mt-3">
          {request.status === 'PENDING' && (
            <>
              <Button
                id={id('verify')}
                color="primary"
                size="sm"
                aria-disabled={busy || undefined}
                onClick={() => void onVerify()}
              >
                {t('participants.admin.verify')}
              </Button>
              <Button
                id={id('reject')}
                color="primary"
                outline
                size="sm"
                onClick={() => openReason('REJECT')}
              >
                {t('participants.admin.reject')}
              </Button>
            </>
          )}
          {request.status === 'VERIFIED' && (
            <Button id={id('revoke')} color="primary" outline size="sm" onClick={() => openReason('REVOKE')}>
              {t('participants.admin.revoke')}
            </Button>
          )}
        </div>
      )}
      {open && (
        <form
          noValidate
          className="mt-3"
          aria-labelledby={id('form-title')}
          onSubmit={(event) => void onDecide(event)}
        >
          <h3 id={id('form-title')} className="h6">
            {t(
              open === 'REJECT' ? 'participants.admin.rejectTitle' : 'participants.admin.revokeTitle',
              names,
            )}
          </h3>
          <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
          <TextAreaField
            required
            id={reasonId}
            label={t(
              open === 'REJECT' ? 'participants.admin.rejectReason' : 'participants.admin.revokeReason',
            )}
            hint={t('participants.admin.reasonHint', { min: L.reasonMinLength, max: L.reasonMaxLength })}
            rows={3}
            maxLength={L.reasonMaxLength}
            value={reason}
            errors={feedback?.fieldErrors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="d-flex flex-wrap gap-2">
            <Button type="submit" color="primary" size="sm" aria-disabled={busy || undefined}>
              {t(open === 'REJECT' ? 'participants.admin.confirmReject' : 'participants.admin.confirmRevoke')}
            </Button>
            <Button type="button" color="primary" outline size="sm" onClick={cancel}>
              {t('participants.admin.cancel')}
            </Button>
          </div>
        </form>
      )}
      <StatusMessage message={success} />
    </li>
  );
}
