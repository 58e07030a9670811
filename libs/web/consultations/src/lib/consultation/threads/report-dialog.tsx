import { useMutation } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS, REPORT_REASONS } from '@piano2030/shared-domain';
import type { ReportReason } from '@piano2030/web-core';
import { ActionAlert, TextAreaField, useActionFeedback } from '@piano2030/web-ui';
import { Button, Modal, ModalBody, ModalFooter } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contributionFeedback } from './contribution-errors';
import type { Contribution } from './thread-store';
import { ReportContributionMutationDocument } from './threads.documents';

export interface NetiquetteRuleName {
  title: string;
  reportReason?: string | null;
}

/**
 * Reporting someone else's contribution to the moderators: which rule it breaks (the netiquette's
 * reasons) and, if wished, a note. A dialog: focus moves into it, Escape closes it, and focus goes
 * back to the button that opened it.
 */
export function ReportDialog({
  contribution,
  isOpen,
  rules,
  onClose,
  onReported,
}: {
  contribution: Contribution;
  isOpen: boolean;
  rules: readonly NetiquetteRuleName[];
  onClose: () => void;
  onReported: (contribution: Contribution) => void;
}) {
  const { t } = useTranslation();
  const prefix = `report-${contribution.id}`;
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [note, setNote] = useState('');
  const ids = { reason: `${prefix}-reason-${REPORT_REASONS[0]}`, note: `${prefix}-note` };
  const { feedback, alertRef, fail, reset } = useActionFeedback(ids);
  const [report, { loading }] = useMutation(ReportContributionMutationDocument);
  const ruleFor = (one: string) => rules.find((rule) => rule.reportReason === one)?.title;

  const close = () => {
    reset();
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!reason) {
      fail({
        lead: t('errors.BAD_USER_INPUT'),
        fieldErrors: { reason: [t('consultations.report.chooseReason')] },
      });
      return;
    }
    try {
      const { data } = await report({
        variables: { input: { contributionId: contribution.id, reason, note: note.trim() || null } },
      });
      setReason('');
      setNote('');
      reset();
      if (data) onReported(data.reportContribution);
    } catch (error) {
      fail(contributionFeedback(error, t, ['reason', 'note']));
    }
  };
  const titleId = `${prefix}-title`;
  const reasonErrors = feedback?.fieldErrors['reason'];
  return (
    <Modal isOpen={isOpen} toggle={close} labelledBy={titleId} fade={false} returnFocusAfterClose>
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={titleId}>
        <div className="modal-header">
          <h2 id={titleId} className="modal-title h5">
            {t('consultations.report.title', {
              name: contribution.author.organisationName ?? contribution.author.name,
            })}
          </h2>
        </div>
        <ModalBody>
          <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
          <fieldset aria-describedby={reasonErrors ? `${prefix}-reason-error` : undefined}>
            <legend className="h6">{t('consultations.report.reason')}</legend>
            {REPORT_REASONS.map((one) => (
              <div key={one} className="form-check">
                <input
                  id={`${prefix}-reason-${one}`}
                  type="radio"
                  name={`${prefix}-reason`}
                  value={one}
                  checked={reason === one}
                  onChange={() => setReason(one)}
                />
                <label htmlFor={`${prefix}-reason-${one}`}>
                  {t(`consultations.report.reasons.${one}`)}
                  {ruleFor(one) && (
                    <span className="d-block small fw-normal">
                      {t('consultations.report.rule', { rule: ruleFor(one) })}
                    </span>
                  )}
                </label>
              </div>
            ))}
            {reasonErrors && (
              <div id={`${prefix}-reason-error`} className="invalid-feedback d-block">
                {reasonErrors.join(' ')}
              </div>
            )}
          </fieldset>
          <div className="mt-5">
            <TextAreaField
              id={ids.note}
              label={t('consultations.report.note')}
              hint={t('consultations.report.noteHint', { max: CONTRIBUTION_LIMITS.reportNoteMax })}
              maxLength={CONTRIBUTION_LIMITS.reportNoteMax}
              rows={3}
              value={note}
              errors={feedback?.fieldErrors['note']}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
        </ModalBody>
        <ModalFooter>
          <Button type="button" color="primary" outline onClick={close}>
            {t('consultations.report.cancel')}
          </Button>
          <Button type="submit" color="primary" aria-disabled={loading}>
            {t('consultations.report.send')}
          </Button>
        </ModalFooter>
      </form>
    </Modal>
  );
}
