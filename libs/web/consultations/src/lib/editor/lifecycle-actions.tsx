import { useMutation } from '@apollo/client/react';
import type { CommitteeConsultationFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from './confirm-action';
import { OpenConsultationMutationDocument, ScheduleConsultationMutationDocument } from './editor.documents';

/**
 * Moving the consultation on: a draft is scheduled (announced with its dates) once the checklist is
 * empty and every change is saved; a scheduled one can be opened before its date. Each asks once more.
 */
export function LifecycleActions({
  consultation,
  problems,
  unsaved,
  onDone,
  onRefused,
}: {
  consultation: CommitteeConsultationFragment;
  /** Points of the checklist still open. */
  problems: number;
  unsaved: boolean;
  onDone: (consultation: CommitteeConsultationFragment, message: string) => void;
  onRefused: (error: unknown) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [schedule, scheduling] = useMutation(ScheduleConsultationMutationDocument);
  const [open, opening] = useMutation(OpenConsultationMutationDocument);
  const { status, title } = consultation;
  if (status !== 'DRAFT' && status !== 'SCHEDULED') return null;
  const blockedBy = [
    ...(problems > 0 ? [t('consultationsAdmin.lifecycle.blockedProblems', { count: problems })] : []),
    ...(unsaved ? [t('consultationsAdmin.lifecycle.blockedUnsaved')] : []),
  ];
  const run = async (action: () => Promise<CommitteeConsultationFragment | undefined>, done: string) => {
    try {
      const result = await action();
      if (result) onDone(result, done);
    } catch (error) {
      await onRefused(error);
    }
  };

  return (
    <section aria-labelledby="cons-sec-lifecycle" className="cons-form-section">
      <h2 id="cons-sec-lifecycle" className="h4">
        {t('consultationsAdmin.lifecycle.title')}
      </h2>
      {status === 'DRAFT' ? (
        <>
          <p>{t('consultationsAdmin.lifecycle.scheduleIntro')}</p>
          <ConfirmAction
            id="cons-schedule"
            label={t('consultationsAdmin.lifecycle.schedule')}
            confirmLabel={t('consultationsAdmin.lifecycle.scheduleConfirm')}
            blockedBy={blockedBy}
            busy={scheduling.loading}
            question={
              <p className="mb-0">
                {t('consultationsAdmin.lifecycle.scheduleQuestion', { title })}{' '}
                {consultation.opensAt && consultation.closesAt && (
                  <>
                    {t('consultationsAdmin.lifecycle.window')}{' '}
                    <FormattedDate value={consultation.opensAt} withTime /> –{' '}
                    <FormattedDate value={consultation.closesAt} withTime />.
                  </>
                )}
              </p>
            }
            onConfirm={() =>
              run(
                async () =>
                  (
                    await schedule({
                      variables: { id: consultation.id, expectedVersion: consultation.version },
                    })
                  ).data?.scheduleConsultation,
                t('consultationsAdmin.lifecycle.scheduled', { title }),
              )
            }
          />
        </>
      ) : (
        <>
          <p>
            {t('consultationsAdmin.lifecycle.openIntro')}{' '}
            {consultation.opensAt && <FormattedDate value={consultation.opensAt} withTime />}
          </p>
          <ConfirmAction
            id="cons-open"
            label={t('consultationsAdmin.lifecycle.open')}
            confirmLabel={t('consultationsAdmin.lifecycle.openConfirm')}
            blockedBy={unsaved ? [t('consultationsAdmin.lifecycle.blockedUnsaved')] : []}
            busy={opening.loading}
            question={<p className="mb-0">{t('consultationsAdmin.lifecycle.openQuestion', { title })}</p>}
            onConfirm={() =>
              run(
                async () => (await open({ variables: { id: consultation.id } })).data?.openConsultation,
                t('consultationsAdmin.lifecycle.opened', { title }),
              )
            }
          />
        </>
      )}
    </section>
  );
}
