import { useMutation, useQuery } from '@apollo/client/react';
import { CONTRIBUTION_KINDS, isDisposable } from '@piano2030/shared-domain';
import {
  isApiErrorCode,
  paths,
  readApiError,
  type AnswerableContributionFragment,
  type ConsultationAnswersQuery,
  type ContributionKind,
  type DispositionFieldsFragment,
} from '@piano2030/web-core';
import {
  ErrorState,
  feedbackFromError,
  focusSoon,
  LoadingState,
  PageBreadcrumb,
  refusalFromError,
  SelectField,
  usePageTitle,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button, Container } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ConsultationNotFound, NotAllowed } from '../editor/consultation-editor-pages';
import { useConsultationStanding } from '../editor/use-consultation-standing';
import { ConsultationStatusLabel } from '../traceability/badges';
import { useFocusAfterRender } from '../moderation/use-focus-after-render';
import { AnswerCard, cardHeadingId, speakerOf } from './answer-card';
import { AnswersProgress } from './answers-progress';
import {
  AnswerCountsQueryDocument,
  ConsultationAnswersQueryDocument,
  PublishDispositionsMutationDocument,
  SetDispositionMutationDocument,
} from './answers.documents';
import { BulkActions } from './bulk-actions';
import type { AnswerInput, AnswerRefusal } from './disposition-form';
import { useContributionsToAnswer, useLinkChoices } from './use-answers-data';
import './answers.css';

type Consultation = ConsultationAnswersQuery['consultation'];
const STATES = ['ALL', 'UNANSWERED', 'PREPARED', 'PUBLISHED'] as const;
type StateFilter = (typeof STATES)[number];
const ALL = 'ALL';

/** `/consultazioni/:id/risposte`: the committee's reasoned answers to every contribution. */
export function ConsultationAnswersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const answers = useQuery(ConsultationAnswersQueryDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const standing = useConsultationStanding();
  const consultation = answers.data?.consultation;
  const title = consultation
    ? t('consultationsAdmin.answers.title', { title: consultation.title })
    : t('consultationsAdmin.answers.heading');
  usePageTitle(title);
  if (isApiErrorCode(answers.error, 'NOT_FOUND')) return <ConsultationNotFound />;
  const refused =
    isApiErrorCode(answers.error, 'FORBIDDEN') || isApiErrorCode(answers.error, 'UNAUTHENTICATED');
  return (
    <Container className="py-5 answers-page">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[
          { to: paths.consultations, label: t('consultationsAdmin.consultations') },
          ...(consultation ? [{ to: paths.consultation(consultation.id), label: consultation.title }] : []),
        ]}
        current={t('consultationsAdmin.answers.crumb')}
      />
      <p className="text-uppercase fw-semibold text-secondary mb-1">
        {t('consultationsAdmin.answers.eyebrow')}
      </p>
      <h1>{title}</h1>
      {refused ||
      (standing.settled && !standing.signedIn) ||
      (standing.known && !standing.may('DISPOSE_CONTRIBUTIONS')) ? (
        <NotAllowed standing={standing} message={t('consultationsAdmin.standing.notCommitteeAnswers')} />
      ) : consultation ? (
        standing.may('DISPOSE_CONTRIBUTIONS', consultation.status) ? (
          <Answers consultation={consultation} />
        ) : standing.known ? (
          <>
            <p className="d-flex gap-2 align-items-center">
              <ConsultationStatusLabel status={consultation.status} />
            </p>
            <p className="lead">{t('consultationsAdmin.answers.notOpenYet')}</p>
          </>
        ) : (
          <LoadingState />
        )
      ) : answers.error ? (
        <ErrorState onRetry={() => void answers.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Container>
  );
}

function Answers({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<StateFilter>(ALL);
  const [kind, setKind] = useState<string>(ALL);
  const list = useContributionsToAnswer(consultation.id, {
    answer: answer === ALL ? null : answer,
    kind: kind === ALL ? null : (kind as ContributionKind),
  });
  const counted = useQuery(AnswerCountsQueryDocument, {
    variables: { consultationId: consultation.id },
    fetchPolicy: 'network-only',
  });
  const [overrides, setOverrides] = useState<Record<string, DispositionFieldsFragment>>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);
  const bulk = useActionFeedback();
  const [applying, setApplying] = useState(false);
  const [setDisposition] = useMutation(SetDispositionMutationDocument);
  const [publish, publishing] = useMutation(PublishDispositionsMutationDocument);
  const focusLater = useFocusAfterRender();
  const quadrantName = (quadrant: string) => t(`consultationsAdmin.quadrants.${quadrant as 'STRENGTH'}`);
  const links = useLinkChoices(
    consultation.areaCodes,
    { interventionIds: consultation.interventionIds, swotItemIds: consultation.swotItemIds },
    quadrantName,
  );

  const shown = list.nodes ?? [];
  const counts = counted.data && {
    published: counted.data.published.totalCount,
    prepared: counted.data.prepared.totalCount,
    unanswered: counted.data.unanswered.totalCount,
  };
  const dispositionOf = (c: AnswerableContributionFragment): DispositionFieldsFragment | null =>
    overrides[c.id] ?? c.disposition ?? null;
  const shownSelectable = shown.filter((c) => isDisposable(c.status));
  const chosen = shownSelectable
    .filter((c) => selected.has(c.id))
    .map((c) => ({ contribution: c, disposition: dispositionOf(c) }));
  const allShownSelected = shownSelectable.length > 0 && shownSelectable.every((c) => selected.has(c.id));
  const someShownSelected = shownSelectable.some((c) => selected.has(c.id));

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  /** A new filter asks the API for another list: what was selected in the old one is let go. */
  const refilter = (change: () => void) => {
    change();
    setSelected(new Set());
  };

  const recount = () => counted.refetch().catch(() => undefined);

  /** Stores one answer against the version read; returns the refusal to show, or null. */
  const store = async (
    contribution: AnswerableContributionFragment,
    input: AnswerInput,
  ): Promise<AnswerRefusal | null> => {
    const current = dispositionOf(contribution);
    try {
      const { data: result } = await setDisposition({
        variables: {
          input: {
            contributionId: contribution.id,
            ...(current ? { expectedVersion: current.version } : {}),
            ...input,
          },
        },
      });
      if (result) setOverrides((all) => ({ ...all, [contribution.id]: result.setDisposition }));
      return null;
    } catch (error) {
      const apiError = readApiError(error);
      // Someone answered meanwhile (a first answer, or a newer version of this one).
      if (apiError.code === 'CONFLICT' || apiError.fieldErrors.expectedVersion) {
        // Read the answers again, so the next try is against theirs.
        await Promise.all([list.reload(), recount()]);
        setOverrides((all) => {
          const next = { ...all };
          delete next[contribution.id];
          return next;
        });
        return {
          lead: t('consultationsAdmin.answers.changedMeanwhile'),
          detail: apiError.message,
          fieldErrors: {},
        };
      }
      return refusalFromError(apiError, t);
    }
  };

  const save = async (contribution: AnswerableContributionFragment, input: AnswerInput) => {
    const refusal = await store(contribution, input);
    if (!refusal) await recount();
    return refusal;
  };

  /** The same answer for every selected contribution: one setDisposition each, in order. */
  const applyToSelected = async (input: AnswerInput): Promise<AnswerRefusal | null> => {
    if (applying) return null;
    setApplying(true);
    bulk.reset();
    setBulkMessage(null);
    const failures: string[] = [];
    let done = 0;
    try {
      for (const { contribution } of chosen) {
        const refusal = await store(contribution, input);
        if (refusal) {
          const reasons = Object.values(refusal.fieldErrors).flat().join(' ');
          failures.push(`${speakerOf(contribution.author, t)}: ${reasons || refusal.detail || refusal.lead}`);
        } else done += 1;
      }
      await recount();
    } finally {
      setApplying(false);
    }
    if (failures.length) {
      bulk.fail({
        lead: t('consultationsAdmin.answers.bulk.partly', { done, failed: failures.length }),
        detail: failures.join(' · '),
        fieldErrors: {},
      });
      return null;
    }
    setBulkMessage(t('consultationsAdmin.answers.bulk.applied', { count: done }));
    return null;
  };

  const publishAnswers = async (ids: string[] | null) => {
    bulk.reset();
    setBulkMessage(null);
    try {
      const { data: result } = await publish({
        variables: { input: { consultationId: consultation.id, ...(ids ? { contributionIds: ids } : {}) } },
      });
      await Promise.all([list.reload(), recount()]);
      setOverrides({});
      setSelected(new Set());
      setBulkMessage(
        t('consultationsAdmin.answers.publish.done', { count: result?.publishDispositions ?? 0 }),
      );
      focusSoon('answers-bulk-heading');
    } catch (error) {
      bulk.fail(feedbackFromError(readApiError(error), t));
    }
  };

  const more = async () => {
    const first = await list.more();
    if (first) focusLater(cardHeadingId(first.id));
  };

  return (
    <>
      <p className="d-flex flex-wrap gap-2 align-items-center">
        <ConsultationStatusLabel status={consultation.status} />
        <span>{t('consultationsAdmin.answers.intro')}</span>
      </p>
      {counts ? (
        <AnswersProgress counts={counts} />
      ) : counted.error ? (
        <ErrorState onRetry={() => void recount()} />
      ) : (
        <LoadingState />
      )}
      <BulkActions
        selected={chosen}
        preparedCount={counts?.prepared ?? 0}
        links={links}
        applying={applying}
        publishing={publishing.loading}
        message={bulkMessage}
        feedback={bulk.feedback}
        alertRef={bulk.alertRef}
        onApply={applyToSelected}
        onPublish={publishAnswers}
      />
      <section aria-labelledby="answers-list-title">
        <h2 id="answers-list-title" className="h4">
          {t('consultationsAdmin.answers.listTitle')}
        </h2>
        <div className="row mt-4">
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="answers-filter-state"
              label={t('consultationsAdmin.answers.filters.state')}
              value={answer}
              options={STATES.map((value) => ({
                value,
                label: t(`consultationsAdmin.answers.filters.states.${value}`),
              }))}
              onChange={(event) => refilter(() => setAnswer(event.target.value as StateFilter))}
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="answers-filter-kind"
              label={t('consultationsAdmin.answers.filters.kind')}
              value={kind}
              options={[
                { value: ALL, label: t('consultationsAdmin.answers.filters.allKinds') },
                ...CONTRIBUTION_KINDS.map((value) => ({
                  value,
                  label: t(`consultationsAdmin.kinds.${value}`),
                })),
              ]}
              onChange={(event) => refilter(() => setKind(event.target.value))}
            />
          </div>
        </div>
        <p role="status" className="small">
          {list.nodes
            ? t('consultationsAdmin.answers.shown', { count: shown.length, total: list.totalCount })
            : ''}
        </p>
        {list.failed ? (
          <ErrorState onRetry={() => void list.reload()} />
        ) : !list.nodes ? (
          <LoadingState />
        ) : (
          <>
            {shownSelectable.length > 0 && (
              <div className="form-check">
                <input
                  id="answers-select-all"
                  type="checkbox"
                  checked={allShownSelected}
                  ref={(node) => {
                    if (node) node.indeterminate = someShownSelected && !allShownSelected;
                  }}
                  onChange={(event) =>
                    select(
                      shownSelectable.map((c) => c.id),
                      event.target.checked,
                    )
                  }
                />
                <label htmlFor="answers-select-all">
                  {t('consultationsAdmin.answers.selectAll', { count: shownSelectable.length })}
                </label>
              </div>
            )}
            {shown.length === 0 ? (
              <p>
                {answer === ALL && kind === ALL
                  ? t('consultationsAdmin.answers.none')
                  : t('consultationsAdmin.answers.noneFiltered')}
              </p>
            ) : (
              <ul className="list-unstyled answers-list">
                {shown.map((contribution) => (
                  <AnswerCard
                    key={contribution.id}
                    contribution={contribution}
                    disposition={dispositionOf(contribution)}
                    selected={selected.has(contribution.id)}
                    onSelect={(on) => select([contribution.id], on)}
                    links={links}
                    onSave={(input) => save(contribution, input)}
                  />
                ))}
              </ul>
            )}
            {list.hasNextPage && (
              <Button
                type="button"
                color="primary"
                outline
                aria-disabled={list.loadingMore || undefined}
                onClick={() => void more()}
              >
                {list.loadingMore
                  ? t('consultationsAdmin.answers.loadingMore')
                  : t('consultationsAdmin.answers.more', { count: list.totalCount - shown.length })}
              </Button>
            )}
          </>
        )}
      </section>
    </>
  );
}
