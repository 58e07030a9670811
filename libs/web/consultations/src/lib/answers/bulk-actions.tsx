import type { AnswerableContributionFragment, DispositionFieldsFragment } from '@piano2030/web-core';
import { ActionAlert, StatusMessage, type ActionFeedback } from '@piano2030/web-ui';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../editor/confirm-action';
import { DispositionForm, emptyAnswer, type AnswerInput, type AnswerRefusal } from './disposition-form';
import type { LinkChoice } from './use-answers-data';

export interface Selected {
  contribution: AnswerableContributionFragment;
  disposition: DispositionFieldsFragment | null;
}

/**
 * What is done to several contributions at once: the same answer for all those selected (one
 * setDisposition each), and publishing the prepared answers, those selected or all of them.
 */
export function BulkActions({
  selected,
  preparedCount,
  links,
  applying,
  publishing,
  message,
  feedback,
  alertRef,
  onApply,
  onPublish,
}: {
  selected: readonly Selected[];
  /** Prepared answers in the whole consultation. */
  preparedCount: number;
  links: readonly LinkChoice[];
  applying: boolean;
  publishing: boolean;
  message: string | null;
  feedback: ActionFeedback | null;
  alertRef: Ref<HTMLElement>;
  onApply: (input: AnswerInput) => Promise<AnswerRefusal | null>;
  onPublish: (ids: string[] | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const preparedSelected = selected.filter((s) => s.disposition?.status === 'PREPARED');
  const publishedSelected = selected.filter((s) => s.disposition?.status === 'PUBLISHED');
  return (
    <section aria-labelledby="answers-bulk-heading" className="answers-bulk mb-5">
      <h2 id="answers-bulk-heading" className="h4" tabIndex={-1}>
        {t('consultationsAdmin.answers.bulk.title')}
      </h2>
      <p role="status" aria-live="polite" aria-atomic="true" className="fw-semibold">
        {t('consultationsAdmin.answers.bulk.selected', { count: selected.length })}
      </p>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
      <StatusMessage message={message} className="mb-3" />
      {selected.length > 0 ? (
        <DispositionForm
          idPrefix="answers-bulk"
          level={3}
          title={t('consultationsAdmin.answers.bulk.formTitle', { count: selected.length })}
          initial={emptyAnswer()}
          links={links}
          submitLabel={
            applying
              ? t('consultationsAdmin.answers.bulk.applying')
              : t('consultationsAdmin.answers.bulk.apply', { count: selected.length })
          }
          note={
            publishedSelected.length > 0
              ? t('consultationsAdmin.answers.bulk.publishedNote', { count: publishedSelected.length })
              : undefined
          }
          onSubmit={onApply}
        />
      ) : (
        <p>{t('consultationsAdmin.answers.bulk.none')}</p>
      )}
      <h3 className="h5 mt-4">{t('consultationsAdmin.answers.publish.title')}</h3>
      <p>{t('consultationsAdmin.answers.publish.intro')}</p>
      <div className="d-flex flex-wrap gap-3 align-items-start">
        <ConfirmAction
          id="answers-publish-selected"
          label={t('consultationsAdmin.answers.publish.selected', { count: preparedSelected.length })}
          confirmLabel={t('consultationsAdmin.answers.publish.confirm')}
          question={t('consultationsAdmin.answers.publish.selectedQuestion', {
            count: preparedSelected.length,
          })}
          busy={publishing}
          blockedBy={preparedSelected.length ? [] : [t('consultationsAdmin.answers.publish.noneSelected')]}
          onConfirm={() => onPublish(preparedSelected.map((s) => s.contribution.id))}
        />
        <ConfirmAction
          id="answers-publish-all"
          outline
          label={t('consultationsAdmin.answers.publish.all', { count: preparedCount })}
          confirmLabel={t('consultationsAdmin.answers.publish.confirm')}
          question={t('consultationsAdmin.answers.publish.allQuestion', { count: preparedCount })}
          busy={publishing}
          blockedBy={preparedCount ? [] : [t('consultationsAdmin.answers.publish.nonePrepared')]}
          onConfirm={() => onPublish(null)}
        />
      </div>
    </section>
  );
}
