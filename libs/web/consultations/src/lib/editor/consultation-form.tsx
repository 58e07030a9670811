import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CONSULTATION_LIMITS as L,
  isDocumentEditable,
  isShortWindow,
  schedulingProblems,
  windowDays,
} from '@piano2030/shared-domain';
import {
  paths,
  readApiError,
  useGraphQLLocale,
  type CommitteeConsultationFragment,
} from '@piano2030/web-core';
import {
  ErrorSummary,
  focusControl,
  FormField,
  refusalFromError,
  StatusMessage,
  TextAreaField,
  texts,
  type FormFailure,
  type SummaryEntry,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CONFLICT_TITLE_ID, ConflictPanel, type ConflictState } from './conflict-panel';
import { consultationMessage, translateFieldErrors } from './consultation-messages';
import {
  EDITOR_LIMITS,
  changedInput,
  checkDraft,
  createInput,
  differingFields,
  documentOf,
  draftOf,
  emptyDraft,
  readDraft,
  rebaseDraft,
  type ConsultationDraft,
} from './consultation-draft';
import { ConsultationAreasQueryDocument } from '../shared/consultations.documents';
import {
  ConsultationEditorQueryDocument,
  CreateConsultationMutationDocument,
  UpdateConsultationMutationDocument,
} from './editor.documents';
import { controlIdFor, controlIds, placeErrors } from './field-paths';
import { InvitationsForm } from './invitations-form';
import { LifecycleActions } from './lifecycle-actions';
import { QuestionsField } from './questions-field';
import { SchedulingChecklist } from './scheduling-checklist';
import { ScopeFields } from './scope-fields';
import { SettingsFields } from './settings-fields';
import { useNow } from './use-now';
import './consultation-editor.css';

interface Base {
  consultation: CommitteeConsultationFragment;
  draft: ConsultationDraft;
}

export type FormStart =
  | { mode: 'create' }
  | {
      mode: 'edit';
      consultation: CommitteeConsultationFragment;
      /**
       * The consultation as a save, a scheduling or an opening left it; `message` (a move's) is for
       * the page to announce, null after a save, which the form announces beside its button.
       */
      onChanged: (consultation: CommitteeConsultationFragment, message: string | null) => void;
    };

/**
 * The consultation's document as the 2017 guidelines want it, its scope, window and settings. A
 * live checklist says what still keeps it from being scheduled, each point linked to its field.
 * Saving sends only the fields changed, against the version the form stands on; when someone else
 * saved meanwhile the form moves onto their version and keeps what was typed.
 */
export function ConsultationForm({ start }: { start: FormStart }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const locale = useGraphQLLocale();
  const now = useNow(60_000);
  const editing = start.mode === 'edit' ? start : null;
  const [base, setBase] = useState<Base | null>(() =>
    editing ? { consultation: editing.consultation, draft: draftOf(editing.consultation) } : null,
  );
  const [draft, setDraft] = useState<ConsultationDraft>(() => (base ? base.draft : emptyDraft()));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [known, setKnown] = useState<Record<string, string>>({});
  const [names, setNames] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLElement>(null);
  const areasQuery = useQuery(ConsultationAreasQueryDocument, { variables: { locale } });
  const areas = areasQuery.data?.interventionAreas ?? [];
  const [create, creating] = useMutation(CreateConsultationMutationDocument);
  const [update, updating] = useMutation(UpdateConsultationMutationDocument);
  const saving = creating.loading || updating.loading;

  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);

  const read = readDraft(draft);
  const firstArea = [...areas].sort((a, b) => a.position - b.position)[0]?.code;
  const errorsAt = (id: string) => failure?.byControl[id];
  const set = <F extends keyof ConsultationDraft>(field: F, value: ConsultationDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const unsaved = base ? differingFields(base.draft, draft) : [];
  const status = base?.consultation.status ?? 'DRAFT';

  // The checklist: the shared rules on what is typed now, each point linked to its field.
  const checklist: SummaryEntry[] = schedulingProblems(documentOf(read.values), now).map((problem) => ({
    key: `${problem.field}-${problem.message}`,
    label: t(`consultationsAdmin.fields.${problem.field as 'title'}`, { defaultValue: problem.field }),
    message: consultationMessage(problem.message, t),
    targetId: controlIdFor(problem.field, draft, read, firstArea),
  }));

  const opens = read.values.opensAt ? new Date(read.values.opensAt) : null;
  const closes = read.values.closesAt ? new Date(read.values.closesAt) : null;
  const short = isShortWindow(opens, closes);
  const days = opens && closes && closes > opens ? windowDays(opens, closes) : null;

  const learn = (entries: Record<string, string>) => setKnown((current) => ({ ...current, ...entries }));
  const nameOf = useMemo(() => (id: string) => names[id] ?? id, [names]);

  const fail = (lead: string, errors: Record<string, readonly string[]>, detail?: string) => {
    const placed = placeErrors(translateFieldErrors(errors, t), draft, read, t, firstArea);
    setFailure({ lead, detail, ...placed });
    setNotice(null);
  };

  /** Stands the form on a newer version, keeping what the person changed. */
  const rebase = (fresh: CommitteeConsultationFragment) => {
    const newBase = draftOf(fresh);
    const rebased = rebaseDraft(draft, base?.draft ?? newBase, newBase);
    setDraft(rebased.draft);
    setBase({ consultation: fresh, draft: newBase });
    setFailure(null);
    setConflict({
      version: fresh.version,
      draft: newBase,
      fields: rebased.mine,
      theirsToo: rebased.theirsToo,
    });
    setTimeout(() => document.getElementById(CONFLICT_TITLE_ID)?.focus(), 0);
  };

  /** After a CONFLICT: the consultation as it now stands, to move onto or to report. */
  const onConflict = async (message: string) => {
    if (!editing) return;
    try {
      const { data } = await client.query({
        query: ConsultationEditorQueryDocument,
        variables: { id: editing.consultation.id },
        fetchPolicy: 'network-only',
      });
      const fresh = data?.consultation;
      if (fresh && isDocumentEditable(fresh.status) && fresh.version !== base?.consultation.version) {
        rebase(fresh);
        // The page's status line follows the version the form now stands on.
        editing.onChanged(
          fresh,
          fresh.status !== base?.consultation.status
            ? t('consultationsAdmin.editor.statusChangedMeanwhile')
            : null,
        );
        return;
      }
      fail(t('errors.CONFLICT'), {}, message);
      if (fresh) editing.onChanged(fresh, t('consultationsAdmin.editor.statusChangedMeanwhile'));
    } catch (error) {
      fail(t('errors.CONFLICT'), {}, readApiError(error).message);
    }
  };

  /** Reports a refused mutation: field errors beside the fields, a CONFLICT by moving onto the newer version. */
  const refused = async (error: unknown) => {
    const apiError = readApiError(error);
    if (apiError.code === 'CONFLICT') {
      await onConflict(apiError.message);
      return;
    }
    const refusal = refusalFromError(apiError, t);
    fail(refusal.lead, refusal.fieldErrors, refusal.detail);
  };

  const moved = (result: CommitteeConsultationFragment, message: string | null) => {
    setBase({ consultation: result, draft: draftOf(result) });
    setFailure(null);
    setConflict(null);
    setNotice(null);
    editing?.onChanged(result, message);
  };

  const saved = (result: CommitteeConsultationFragment, message: string) => {
    moved(result, null);
    setNotice(message);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (editing && base) {
      const fields = differingFields(base.draft, draft);
      if (!fields.length) {
        setFailure(null);
        setNotice(t('consultationsAdmin.editor.nothingChanged'));
        return;
      }
      const errors = checkDraft(read, fields);
      if (Object.keys(errors).length) {
        fail(t('errors.BAD_USER_INPUT'), errors);
        return;
      }
      try {
        const { data } = await update({
          variables: {
            input: {
              id: base.consultation.id,
              expectedVersion: base.consultation.version,
              ...changedInput(base.draft, draft),
            },
          },
        });
        if (data) {
          saved(
            data.updateConsultation,
            t('consultationsAdmin.editor.saved', { version: data.updateConsultation.version }),
          );
        }
      } catch (error) {
        await refused(error);
      }
      return;
    }
    const fields = [...new Set(['title' as const, ...differingFields(emptyDraft(), draft)])];
    const errors = checkDraft(read, fields);
    if (Object.keys(errors).length) {
      fail(t('errors.BAD_USER_INPUT'), errors);
      return;
    }
    try {
      const { data } = await create({ variables: { input: createInput(draft) } });
      if (data) {
        void navigate(paths.editConsultation(data.createConsultation.id), {
          state: {
            announcement: t('consultationsAdmin.editor.created', { title: data.createConsultation.title }),
          },
        });
      }
    } catch (error) {
      await refused(error);
    }
  };

  const titleId = 'cons-form-title';
  return (
    <div className="row cons-editor">
      <aside className="col-lg-4 order-lg-2 mb-4" aria-labelledby="cons-checklist-title">
        <div className="cons-sticky">
          <SchedulingChecklist entries={checklist} status={status} unsaved={editing ? unsaved.length : 0} />
        </div>
      </aside>
      <div className="col-lg-8 order-lg-1">
        <form
          noValidate
          aria-labelledby={titleId}
          onSubmit={(event) => void submit(event)}
          className="cons-form"
        >
          <h2 id={titleId} className="visually-hidden">
            {editing
              ? t('consultationsAdmin.editor.formTitleEdit')
              : t('consultationsAdmin.editor.formTitleNew')}
          </h2>
          {conflict && (
            <ConflictPanel
              conflict={conflict}
              draft={draft}
              names={nameOf}
              onUseTheirs={(field) => {
                setDraft((current) => ({ ...current, [field]: conflict.draft[field] }));
                setConflict({ ...conflict, fields: conflict.fields.filter((other) => other !== field) });
                setTimeout(() => document.getElementById(CONFLICT_TITLE_ID)?.focus(), 0);
              }}
              onDismiss={() => {
                setConflict(null);
                focusControl(controlIds.field('title'));
              }}
            />
          )}
          {failure && <ErrorSummary {...failure} alertRef={summaryRef} />}

          <section aria-labelledby="cons-sec-scope" className="cons-form-section">
            <h2 id="cons-sec-scope" className="h4 mb-4">
              {t('consultationsAdmin.editor.sections.scope')}
            </h2>
            <FormField
              required
              id={controlIds.field('title')}
              label={t('consultationsAdmin.fields.title')}
              hint={t('consultationsAdmin.editor.hints.title', { min: L.titleMin, max: L.titleMax })}
              maxLength={L.titleMax}
              value={draft.title}
              errors={texts(errorsAt(controlIds.field('title')))}
              onChange={(event) => set('title', event.target.value)}
            />
            {areasQuery.data ? (
              <ScopeFields
                draft={draft}
                areas={areas}
                known={known}
                onKnown={learn}
                onNames={(entries) => setNames((current) => ({ ...current, ...entries }))}
                onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
                errorsAt={errorsAt}
              />
            ) : null}
            <FormField
              id={controlIds.field('planSection')}
              label={t('consultationsAdmin.fields.planSection')}
              hint={t('consultationsAdmin.editor.hints.planSection')}
              maxLength={EDITOR_LIMITS.planSectionMax}
              value={draft.planSection}
              errors={texts(errorsAt(controlIds.field('planSection')))}
              onChange={(event) => set('planSection', event.target.value)}
            />
          </section>

          <section aria-labelledby="cons-sec-document" className="cons-form-section">
            <h2 id="cons-sec-document" className="h4">
              {t('consultationsAdmin.editor.sections.document')}
            </h2>
            <p className="mb-4">{t('consultationsAdmin.editor.documentIntro')}</p>
            {(['objectives', 'context'] as const).map((field) => (
              <TextAreaField
                key={field}
                id={controlIds.field(field)}
                label={t(`consultationsAdmin.fields.${field}`)}
                hint={t(`consultationsAdmin.editor.hints.${field}`)}
                rows={5}
                maxLength={L.textMax}
                value={draft[field]}
                errors={texts(errorsAt(controlIds.field(field)))}
                onChange={(event) => set(field, event.target.value)}
              />
            ))}
            <QuestionsField
              rows={draft.questions}
              onChange={(rows) => set('questions', rows)}
              errorsAt={errorsAt}
            />
            {(['useOfContributions', 'timeline'] as const).map((field) => (
              <TextAreaField
                key={field}
                id={controlIds.field(field)}
                label={t(`consultationsAdmin.fields.${field}`)}
                hint={t(`consultationsAdmin.editor.hints.${field}`)}
                rows={4}
                maxLength={L.textMax}
                value={draft[field]}
                errors={texts(errorsAt(controlIds.field(field)))}
                onChange={(event) => set(field, event.target.value)}
              />
            ))}
          </section>

          <section aria-labelledby="cons-sec-window" className="cons-form-section">
            <h2 id="cons-sec-window" className="h4">
              {t('consultationsAdmin.editor.sections.window')}
            </h2>
            <p className="mb-4">
              {t('consultationsAdmin.editor.windowIntro', { days: L.minimumWindowDays })}
            </p>
            <div className="row">
              {(['opensAt', 'closesAt'] as const).map((field) => (
                <div key={field} className="col-sm-6">
                  <FormField
                    id={controlIds.field(field)}
                    type="datetime-local"
                    label={t(`consultationsAdmin.fields.${field}`)}
                    hint={t('consultationsAdmin.editor.hints.italianTime')}
                    value={draft[field]}
                    errors={texts(errorsAt(controlIds.field(field)))}
                    onChange={(event) => set(field, event.target.value)}
                  />
                </div>
              ))}
            </div>
            {days !== null && (
              <p className="mb-4">
                {short
                  ? t('consultationsAdmin.editor.windowShort', { count: days, minimum: L.minimumWindowDays })
                  : t('consultationsAdmin.editor.windowDays', { count: days })}
              </p>
            )}
            {short && (
              <TextAreaField
                required
                id={controlIds.field('shortWindowReason')}
                label={t('consultationsAdmin.fields.shortWindowReason')}
                hint={t('consultationsAdmin.editor.hints.shortWindowReason', {
                  days: L.minimumWindowDays,
                  min: L.reasonMin,
                  max: L.reasonMax,
                })}
                rows={3}
                maxLength={L.reasonMax}
                value={draft.shortWindowReason}
                errors={texts(errorsAt(controlIds.field('shortWindowReason')))}
                onChange={(event) => set('shortWindowReason', event.target.value)}
              />
            )}
            <div className="row">
              <div className="col-sm-6">
                <FormField
                  id={controlIds.field('resultsReportDue')}
                  type="date"
                  label={t('consultationsAdmin.fields.resultsReportDue')}
                  hint={t('consultationsAdmin.editor.hints.resultsReportDue')}
                  value={draft.resultsReportDue}
                  errors={texts(errorsAt(controlIds.field('resultsReportDue')))}
                  onChange={(event) => set('resultsReportDue', event.target.value)}
                />
              </div>
            </div>
          </section>

          <SettingsFields draft={draft} set={set} errorsAt={errorsAt} />

          <section aria-labelledby="cons-sec-save" className="cons-form-section">
            <h2 id="cons-sec-save" className="h4 mb-4">
              {editing
                ? t('consultationsAdmin.editor.sections.save')
                : t('consultationsAdmin.editor.sections.create')}
            </h2>
            {editing && (
              <p>
                {unsaved.length
                  ? t('consultationsAdmin.editor.unsaved', {
                      count: unsaved.length,
                      fields: unsaved.map((field) => t(`consultationsAdmin.fields.${field}`)).join(', '),
                    })
                  : t('consultationsAdmin.editor.allSaved', { version: base?.consultation.version })}
              </p>
            )}
            <StatusMessage message={notice} className="mb-3" />
            <div className="d-flex flex-wrap gap-2">
              <Button type="submit" color="primary" aria-disabled={saving || undefined}>
                {saving
                  ? t('consultationsAdmin.editor.saving')
                  : editing
                    ? t('consultationsAdmin.editor.save')
                    : t('consultationsAdmin.editor.create')}
              </Button>
              <Link
                className="btn btn-outline-primary"
                to={editing ? paths.consultation(editing.consultation.id) : paths.consultations}
              >
                {t('consultationsAdmin.editor.cancel')}
              </Link>
            </div>
          </section>
        </form>

        {editing && base && (
          <>
            <InvitationsForm consultation={base.consultation} />
            <LifecycleActions
              consultation={base.consultation}
              problems={checklist.length}
              unsaved={unsaved.length > 0}
              onDone={moved}
              onRefused={refused}
            />
          </>
        )}
      </div>
    </div>
  );
}
