import { isDisposable } from '@piano2030/shared-domain';
import {
  paths,
  type AnswerableContributionFragment,
  type DispositionFieldsFragment,
} from '@piano2030/web-core';
import { FormattedDate, focusSoon, StatusMessage } from '@piano2030/web-ui';
import { Badge, Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ContributionBody } from '../shared/contribution-body';
import { ContributionStatusLabel, KindLabel, OfficialLabel, OutcomeLabel } from '../traceability/badges';
import { answerDraftOf, DispositionForm, type AnswerInput, type AnswerRefusal } from './disposition-form';
import type { LinkChoice } from './use-answers-data';

export const cardHeadingId = (id: string) => `answer-card-${id}`;

/** Who spoke: the person's public name, and the organisation they spoke for. */
export function speakerOf(author: AnswerableContributionFragment['author'], t: TFunction): string {
  return author.organisationName
    ? t('consultationsAdmin.speakerFor', { name: author.name, organisation: author.organisationName })
    : author.name;
}

/** Where an answer stands, in words: none yet, prepared (the committee's only), or published. */
export function AnswerStateLabel({ disposition }: { disposition: DispositionFieldsFragment | null }) {
  const { t } = useTranslation();
  if (!disposition)
    return (
      <Badge color="light" className="answers-state-none">
        {t('consultationsAdmin.answers.state.NONE')}
      </Badge>
    );
  if (disposition.status === 'PUBLISHED') return <OfficialLabel />;
  return <Badge color="warning">{t('consultationsAdmin.answers.state.PREPARED')}</Badge>;
}

/**
 * One contribution and its answer: selectable for the bulk actions, answered or changed in place.
 * Changing a published answer publishes the new version at once, and the form says so.
 */
export function AnswerCard({
  contribution,
  disposition,
  selected,
  onSelect,
  links,
  onSave,
}: {
  contribution: AnswerableContributionFragment;
  disposition: DispositionFieldsFragment | null;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  links: readonly LinkChoice[];
  onSave: (input: AnswerInput) => Promise<AnswerRefusal | null>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = contribution.id;
  const headingId = cardHeadingId(id);
  const speaker = speakerOf(contribution.author, t);
  const answerable = isDisposable(contribution.status);
  const toggleId = `answer-toggle-${id}`;

  return (
    <li className="answers-card" data-testid={`answer-${id}`}>
      <article aria-labelledby={headingId}>
        <div className="answers-card-head">
          {answerable && (
            <div className="form-check">
              <input
                id={`answer-select-${id}`}
                type="checkbox"
                checked={selected}
                onChange={(event) => onSelect(event.target.checked)}
              />
              <label htmlFor={`answer-select-${id}`}>
                <span className="visually-hidden">{t('consultationsAdmin.answers.select', { speaker })}</span>
              </label>
            </div>
          )}
          <div className="flex-grow-1 min-w-0">
            <h3 id={headingId} tabIndex={-1} className="h6 d-flex flex-wrap align-items-center gap-2 mb-2">
              <KindLabel kind={contribution.kind} />
              <span>{speaker}</span>
              <span className="fw-normal small">
                <FormattedDate value={contribution.createdAt} withTime month="short" />
              </span>
              {contribution.depth > 1 && (
                <span className="fw-normal small">{t('consultationsAdmin.answers.reply')}</span>
              )}
            </h3>
            <p className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <AnswerStateLabel disposition={disposition} />
              {contribution.status !== 'PUBLISHED' && (
                <ContributionStatusLabel status={contribution.status} />
              )}
              {contribution.status === 'HIDDEN' && (
                <span className="small">{t('consultationsAdmin.answers.hiddenNote')}</span>
              )}
            </p>
            {contribution.body ? (
              <ContributionBody body={contribution.body} className="mb-3" />
            ) : (
              <p className="fst-italic">{t('consultationsAdmin.answers.noText')}</p>
            )}
            {disposition && (
              <div className={`answers-answer mb-3${disposition.official ? ' answers-answer-official' : ''}`}>
                <p className="d-flex flex-wrap align-items-center gap-2 mb-2">
                  <span className="fw-semibold">
                    {disposition.official
                      ? t('consultationsAdmin.answers.officialAnswer')
                      : t('consultationsAdmin.answers.preparedAnswer')}
                  </span>
                  <OutcomeLabel outcome={disposition.outcome} />
                  <span className="small">
                    {disposition.publishedAt ? (
                      <>
                        {t('consultationsAdmin.answers.publishedOn')}{' '}
                        <FormattedDate value={disposition.publishedAt} month="short" />
                      </>
                    ) : (
                      <>
                        {t('consultationsAdmin.answers.preparedOn')}{' '}
                        <FormattedDate value={disposition.preparedAt} month="short" />
                      </>
                    )}
                  </span>
                </p>
                <p className="cons-plain-text mb-2">{disposition.reasons}</p>
                {disposition.intervention && (
                  <p className="small mb-0">
                    {t('consultationsAdmin.answers.takenUpIn')}{' '}
                    <Link to={paths.intervention(disposition.intervention.id)}>
                      {disposition.intervention.reference} – {disposition.intervention.title}
                    </Link>
                    {disposition.interventionVersion != null &&
                      ` (${t('consultationsAdmin.answers.version', { version: disposition.interventionVersion })})`}
                  </p>
                )}
                {disposition.swotItem && (
                  <p className="small mb-0">
                    {t('consultationsAdmin.answers.takenUpIn')}{' '}
                    <Link
                      to={`${paths.area(disposition.swotItem.areaCode)}#swot-item-${disposition.swotItem.id}`}
                    >
                      {t(`consultationsAdmin.quadrants.${disposition.swotItem.quadrant as 'STRENGTH'}`)}:{' '}
                      {disposition.swotItem.text.length > 90
                        ? `${disposition.swotItem.text.slice(0, 89)}…`
                        : disposition.swotItem.text}
                    </Link>
                    {disposition.swotItemVersion != null &&
                      ` (${t('consultationsAdmin.answers.version', { version: disposition.swotItemVersion })})`}
                  </p>
                )}
              </div>
            )}
            {answerable ? (
              !open && (
                <Button
                  id={toggleId}
                  type="button"
                  color="primary"
                  outline
                  size="sm"
                  onClick={() => {
                    setMessage(null);
                    setOpen(true);
                    focusSoon(`answer-form-${id}-outcome-${disposition?.outcome ?? 'ACCEPTED'}`);
                  }}
                >
                  {disposition
                    ? t('consultationsAdmin.answers.change')
                    : t('consultationsAdmin.answers.prepare')}
                  <span className="visually-hidden"> – {speaker}</span>
                </Button>
              )
            ) : (
              <p className="small mb-0">{t('consultationsAdmin.answers.notAnswerable')}</p>
            )}
            {open && (
              <DispositionForm
                idPrefix={`answer-form-${id}`}
                level={4}
                title={t('consultationsAdmin.answers.formTitle', { speaker })}
                initial={answerDraftOf(disposition)}
                links={links}
                submitLabel={
                  disposition?.official
                    ? t('consultationsAdmin.answers.saveAndPublish')
                    : t('consultationsAdmin.answers.save')
                }
                note={disposition?.official ? t('consultationsAdmin.answers.publishedNote') : undefined}
                onCancel={() => {
                  setOpen(false);
                  focusSoon(toggleId);
                }}
                onSubmit={async (input) => {
                  const refusal = await onSave(input);
                  if (!refusal) {
                    setOpen(false);
                    setMessage(
                      disposition?.official
                        ? t('consultationsAdmin.answers.republished', { speaker })
                        : t('consultationsAdmin.answers.prepared', { speaker }),
                    );
                    focusSoon(headingId);
                  }
                  return refusal;
                }}
              />
            )}
            <StatusMessage message={message} />
          </div>
        </div>
      </article>
    </li>
  );
}
