import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  INTERVENTION_LIMITS,
  PLAN_END,
  PLAN_START,
  isPublished,
  type InterventionContent,
  type InterventionStatus,
} from '@piano2030/shared-domain';
import type { InterventionEventPayload } from '@piano2030/shared-realtime-contracts';
import {
  paths,
  readApiError,
  useCurrentUser,
  useGraphQLLocale,
  type InterventionFieldsFragment,
} from '@piano2030/web-core';
import {
  ErrorSummary,
  feedbackFromError,
  FormField,
  LiveIndicator,
  SelectField,
  StatusMessage,
  refusalFromError,
  TextAreaField,
  texts,
  type FormFailure,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { translateFieldErrors } from '../shared/content-messages';
import {
  ChamberProjectsQueryDocument,
  InterventionPrioritiesQueryDocument,
} from '../shared/interventions.documents';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { GuidelineChoices, ProjectChoices } from './choice-fields';
import { CONFLICT_TITLE_ID, ConflictPanel, type ConflictState } from './conflict-panel';
import {
  changedFields,
  checkContent,
  contentOf,
  draftField,
  draftOf,
  emptyDraft,
  inputOf,
  readDraft,
  rebaseDraft,
  type InterventionDraft,
} from './draft';
import {
  CreateInterventionMutationDocument,
  InterventionEditorQueryDocument,
  KpiIndicatorsQueryDocument,
  UpdateInterventionMutationDocument,
} from './editor.documents';
import { controlIds, placeErrors } from './field-paths';
import { PresenceNote } from './presence-note';
import { KpiRows, MilestoneRows, PartnerRows } from './repeatable-rows';
import { ResourceGrid } from './resource-grid';
import { useInterventionRoom } from './use-intervention-room';
import './intervention-form.css';

const REASON_MAX = 1000;
const SUMMARY_ID = 'int-form-errors';

interface Base {
  content: InterventionContent;
  version: number;
  status: InterventionStatus;
}

/** Where the form starts: a new intervention (in an area, maybe under a priority) or an existing one. */
export type EditorStart =
  | { mode: 'create'; areaCode: string; priorityId: string; areas: readonly string[] }
  | { mode: 'edit'; intervention: InterventionFieldsFragment };

/**
 * The intervention sheet's editor. Every field, checked with the domain's own content rules before
 * anything is sent (the API applies the same ones, so its messages read the same); an update sends
 * only the fields that changed, against the version the form stands on, with the reason a public
 * intervention needs. While editing, the intervention's room says who else is editing and when a
 * newer version is saved: the person can load it without losing what they typed, and a save refused
 * for a stale version shows the newer values beside theirs and keeps their changes to re-apply.
 */
export function InterventionForm({ start }: { start: EditorStart }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const graphLocale = useGraphQLLocale();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { user } = useCurrentUser();
  const reference = useInterventionReference();
  const editing = start.mode === 'edit' ? start.intervention : null;

  const [areaCode, setAreaCode] = useState(
    editing?.areaCode ?? (start.mode === 'create' ? start.areaCode : ''),
  );
  const [base, setBase] = useState<Base | null>(() =>
    editing ? { content: contentOf(editing), version: editing.version, status: editing.status } : null,
  );
  const [draft, setDraft] = useState<InterventionDraft>(() =>
    base ? draftOf(base.content, locale) : emptyDraft(start.mode === 'create' ? start.priorityId : ''),
  );
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [newer, setNewer] = useState<InterventionEventPayload | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingNewer, setLoadingNewer] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string; at: number } | null>(null);

  const priorities = useQuery(InterventionPrioritiesQueryDocument, {
    variables: { areaCode },
    skip: !areaCode,
  });
  const indicators = useQuery(KpiIndicatorsQueryDocument, {
    variables: { areaCode, locale: graphLocale },
    skip: !areaCode,
  });
  const projects = useQuery(ChamberProjectsQueryDocument, { variables: { locale: graphLocale } });
  const [create, creating] = useMutation(CreateInterventionMutationDocument, {
    update: (cache) => {
      cache.evict({ fieldName: 'interventions' });
      cache.evict({ fieldName: 'resourceSummary' });
    },
  });
  const [update, updating] = useMutation(UpdateInterventionMutationDocument, {
    update: (cache) => {
      cache.evict({ fieldName: 'interventionVersions' });
      cache.evict({ fieldName: 'resourceSummary' });
    },
  });
  const saving = creating.loading || updating.loading;

  const room = useInterventionRoom(editing?.id ?? null, user?.id ?? null, (payload) => {
    // Our own save announces itself too; only someone else's newer version is news here.
    if (!base || payload.version <= base.version || payload.byUserId === user?.id) return;
    setNewer(payload);
  });

  // After a refusal or a reload of the form, focus goes where the person has to look next.
  useEffect(() => {
    if (!focusTarget) return;
    const element =
      focusTarget.id === SUMMARY_ID ? summaryRef.current : document.getElementById(focusTarget.id);
    element?.focus();
  }, [focusTarget]);
  const focus = (id: string) => setFocusTarget({ id, at: Date.now() });

  const priorityList = useMemo(() => priorities.data?.priorities ?? [], [priorities.data]);
  const names = useMemo(
    () => ({
      priorityTitle: (id: string) => priorityList.find((priority) => priority.id === id)?.title ?? id,
      guidelineTitle: reference.guidelineTitle,
    }),
    [priorityList, reference.guidelineTitle],
  );
  const read = readDraft(draft, locale);
  const published = base ? isPublished(base.status) : false;
  const errorsAt = (id: string) => failure?.byControl[id];
  const set = <F extends keyof InterventionDraft>(field: F, value: InterventionDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const fail = (lead: string, errors: Record<string, readonly string[]>, detail?: string) => {
    const placed = placeErrors(translateFieldErrors(errors, t, locale), read, t);
    setFailure({ lead, detail, ...placed });
    setNotice(null);
    focus(SUMMARY_ID);
  };

  /** Stands the form on a newer version, keeping what the person changed. */
  const rebase = (current: Base, kind: ConflictState['kind']) => {
    const from = base?.content ?? current.content;
    const rebased = rebaseDraft(draft, from, current.content, locale);
    setDraft(rebased.draft);
    setBase(current);
    setNewer(null);
    setFailure(null);
    setConflict({
      kind,
      version: current.version,
      content: current.content,
      fields: rebased.mine,
      theirsToo: rebased.theirsToo,
    });
    focus(CONFLICT_TITLE_ID);
  };

  const loadNewer = async () => {
    if (!editing || loadingNewer) return;
    setLoadingNewer(true);
    try {
      const { data } = await client.query({
        query: InterventionEditorQueryDocument,
        variables: { id: editing.id },
        fetchPolicy: 'network-only',
      });
      if (data) {
        const fresh = data.intervention;
        rebase({ content: contentOf(fresh), version: fresh.version, status: fresh.status }, 'loaded');
      }
    } catch (error) {
      const apiError = readApiError(error);
      fail(feedbackFromError(apiError, t).lead, {}, apiError.message);
    } finally {
      setLoadingNewer(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const errors: Record<string, string[]> = { ...checkContent(read) };
    const why = reason.trim();
    if (editing && published && !why) errors.reason = ['say why a public intervention changes'];
    if (why.length > REASON_MAX) errors.reason = [`reason must be at most ${REASON_MAX} characters`];
    if (Object.keys(errors).length) {
      fail(t('errors.BAD_USER_INPUT'), errors);
      return;
    }
    try {
      if (editing && base) {
        const changes = changedFields(base.content, read.content);
        if (Object.keys(changes).length === 0) {
          setFailure(null);
          setNotice(t('interventions.editor.nothingChanged'));
          return;
        }
        await update({
          variables: {
            input: {
              id: editing.id,
              expectedVersion: base.version,
              ...(why ? { reason: why } : {}),
              ...changes,
            },
          },
        });
        void navigate(paths.intervention(editing.id), {
          state: { announcement: t('interventions.editor.saved', { reference: editing.reference }) },
        });
      } else {
        const { data } = await create({ variables: { input: inputOf(read.content) } });
        if (data) {
          const created = data.createIntervention;
          void navigate(paths.intervention(created.id), {
            state: { announcement: t('interventions.editor.created', { reference: created.reference }) },
          });
        }
      }
    } catch (error) {
      const apiError = readApiError(error);
      const current = apiError.current;
      if (apiError.code === 'CONFLICT' && current && typeof current.version === 'number') {
        rebase(
          {
            content: contentOf(current),
            version: current.version,
            status: (current.status as InterventionStatus | undefined) ?? base?.status ?? 'DRAFT',
          },
          'conflict',
        );
        return;
      }
      const refusal = refusalFromError(apiError, t);
      fail(refusal.lead, refusal.fieldErrors, refusal.detail);
    }
  };

  const allowedAreas = start.mode === 'create' ? start.areas : [];
  const titleId = 'int-form-title';
  return (
    <form noValidate aria-labelledby={titleId} onSubmit={(event) => void submit(event)} className="int-form">
      <h2 id={titleId} className="visually-hidden">
        {editing
          ? t('interventions.editor.editTitle', { reference: editing.reference })
          : t('interventions.editor.newTitle')}
      </h2>
      {editing && (
        <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
          <span>{t('interventions.editor.basedOn', { version: base?.version ?? editing.version })}</span>
          <LiveIndicator status={room.status} />
        </div>
      )}
      {editing && <PresenceNote others={room.others} />}
      <div role="status" aria-live="polite" aria-atomic="true">
        {newer && (
          <div className="alert alert-warning mb-3">
            <p className="mb-2 fw-semibold">
              {t('interventions.editor.newer', { version: newer.version, name: newer.by })}
            </p>
            <Button
              type="button"
              color="primary"
              size="sm"
              aria-disabled={loadingNewer || undefined}
              onClick={() => void loadNewer()}
            >
              {t('interventions.editor.loadNewer', { version: newer.version })}
            </Button>
          </div>
        )}
      </div>
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          draft={read.content}
          names={names}
          onUseTheirs={(field) => {
            setDraft((current) => ({ ...current, [field]: draftField(conflict.content, field, locale) }));
            setConflict({ ...conflict, fields: conflict.fields.filter((other) => other !== field) });
            focus(CONFLICT_TITLE_ID);
          }}
          onDismiss={() => {
            setConflict(null);
            focus(controlIds.field('title'));
          }}
        />
      )}
      {failure && <ErrorSummary {...failure} alertRef={summaryRef} />}

      <section aria-labelledby="int-sec-place" className="int-form-section">
        <h2 id="int-sec-place" className="h4 mb-5">
          {t('interventions.editor.sections.place')}
        </h2>
        <div className="row">
          <div className="col-md-6">
            {editing ? (
              <p className="mb-5">
                <span className="fw-semibold">{t('interventions.fields.area')}:</span>{' '}
                {reference.areaName(editing.areaCode)}
              </p>
            ) : (
              <SelectField
                required
                id={controlIds.area}
                label={t('interventions.fields.area')}
                value={areaCode}
                options={[
                  { value: '', label: t('interventions.editor.chooseArea') },
                  ...reference.areas
                    .filter((area) => allowedAreas.includes(area.code))
                    .map((area) => ({ value: area.code, label: `${area.code} – ${area.name}` })),
                ]}
                onChange={(event) => {
                  setAreaCode(event.target.value);
                  set('priorityId', '');
                }}
              />
            )}
          </div>
          <div className="col-md-6">
            <SelectField
              required
              id={controlIds.field('priorityId')}
              label={t('interventions.fields.priorityId')}
              hint={
                areaCode && priorities.data && priorityList.length === 0
                  ? t('interventions.editor.noPriorities')
                  : undefined
              }
              value={draft.priorityId}
              disabled={!areaCode}
              errors={texts(errorsAt(controlIds.field('priorityId')))}
              options={[
                { value: '', label: t('interventions.editor.choosePriority') },
                ...priorityList.map((priority) => ({
                  value: priority.id,
                  label: `${priority.position}. ${priority.title}`,
                })),
              ]}
              onChange={(event) => set('priorityId', event.target.value)}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="int-sec-content" className="int-form-section">
        <h2 id="int-sec-content" className="h4 mb-5">
          {t('interventions.editor.sections.content')}
        </h2>
        <FormField
          required
          id={controlIds.field('title')}
          label={t('interventions.fields.title')}
          hint={t('interventions.editor.hints.title', { max: INTERVENTION_LIMITS.titleMax })}
          maxLength={INTERVENTION_LIMITS.titleMax}
          value={draft.title}
          errors={texts(errorsAt(controlIds.field('title')))}
          onChange={(event) => set('title', event.target.value)}
        />
        {(['description', 'objectives', 'expectedResults'] as const).map((field) => (
          <TextAreaField
            key={field}
            id={controlIds.field(field)}
            label={t(`interventions.fields.${field}`)}
            hint={t(`interventions.editor.hints.${field}`)}
            rows={field === 'description' ? 5 : 3}
            value={draft[field]}
            errors={texts(errorsAt(controlIds.field(field)))}
            onChange={(event) => set(field, event.target.value)}
          />
        ))}
        <GuidelineChoices
          guidelines={reference.guidelines}
          chosen={draft.guidelineCodes}
          onChange={(codes) => set('guidelineCodes', codes)}
          errors={errorsAt(controlIds.guideline(0))}
        />
      </section>

      <section aria-labelledby="int-sec-time" className="int-form-section">
        <h2 id="int-sec-time" className="h4 mb-5">
          {t('interventions.editor.sections.time')}
        </h2>
        <div className="row">
          {(['startsOn', 'endsOn'] as const).map((field) => (
            <div key={field} className="col-sm-6">
              <FormField
                required
                id={controlIds.field(field)}
                type="date"
                label={t(`interventions.fields.${field}`)}
                hint={t('interventions.editor.hints.dates')}
                min={PLAN_START}
                max={PLAN_END}
                value={draft[field]}
                errors={texts(errorsAt(controlIds.field(field)))}
                onChange={(event) => set(field, event.target.value)}
              />
            </div>
          ))}
        </div>
        <h3 className="h5">{t('interventions.fields.milestones')}</h3>
        <MilestoneRows
          rows={draft.milestones}
          onChange={(rows) => set('milestones', rows)}
          errors={failure?.byControl ?? {}}
        />
      </section>

      <section aria-labelledby="int-sec-resources" className="int-form-section">
        <h2 id="int-sec-resources" className="h4">
          {t('interventions.fields.resources')}
        </h2>
        <ResourceGrid
          values={draft.resources}
          onChange={(key, text) =>
            setDraft((current) => ({ ...current, resources: { ...current.resources, [key]: text } }))
          }
          errors={failure?.byControl ?? {}}
        />
      </section>

      <section aria-labelledby="int-sec-kpis" className="int-form-section">
        <h2 id="int-sec-kpis" className="h4">
          {t('interventions.fields.kpis')}
        </h2>
        <p>{t('interventions.editor.kpis.intro')}</p>
        <KpiRows
          rows={draft.kpis}
          onChange={(rows) => set('kpis', rows)}
          errors={failure?.byControl ?? {}}
          indicators={indicators.data?.indicators ?? []}
        />
      </section>

      <section aria-labelledby="int-sec-actors" className="int-form-section">
        <h2 id="int-sec-actors" className="h4 mb-5">
          {t('interventions.editor.sections.actors')}
        </h2>
        <FormField
          id={controlIds.field('leadActor')}
          label={t('interventions.fields.leadActor')}
          hint={t('interventions.editor.hints.leadActor')}
          maxLength={INTERVENTION_LIMITS.actorMax}
          value={draft.leadActor}
          errors={texts(errorsAt(controlIds.field('leadActor')))}
          onChange={(event) => set('leadActor', event.target.value)}
        />
        <h3 className="h5">{t('interventions.fields.partners')}</h3>
        <PartnerRows
          rows={draft.partners}
          onChange={(rows) => set('partners', rows)}
          errors={failure?.byControl ?? {}}
        />
      </section>

      <section aria-labelledby="int-sec-projects" className="int-form-section">
        <h2 id="int-sec-projects" className="h4">
          {t('interventions.fields.projectCodes')}
        </h2>
        <p>{t('interventions.editor.projects.intro')}</p>
        <ProjectChoices
          objectives={projects.data?.chamberObjectives ?? []}
          chosen={draft.projectCodes}
          onChange={(codes) => set('projectCodes', codes)}
          errors={errorsAt(controlIds.projects)}
        />
      </section>

      <section aria-labelledby="int-sec-save" className="int-form-section">
        <h2 id="int-sec-save" className="h4 mb-5">
          {editing ? t('interventions.editor.sections.save') : t('interventions.editor.sections.create')}
        </h2>
        {editing && (
          <TextAreaField
            required={published}
            id={controlIds.reason}
            label={published ? t('interventions.editor.reason') : t('interventions.editor.reasonOptional')}
            hint={
              published ? t('interventions.editor.reasonHint') : t('interventions.editor.reasonDraftHint')
            }
            rows={3}
            maxLength={REASON_MAX}
            value={reason}
            errors={texts(errorsAt(controlIds.reason))}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        <StatusMessage message={notice} className="mb-3" />
        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" color="primary" aria-disabled={saving || undefined}>
            {saving
              ? t('interventions.editor.saving')
              : editing
                ? t('interventions.editor.save')
                : t('interventions.editor.create')}
          </Button>
          <Link
            className="btn btn-outline-primary"
            to={editing ? paths.intervention(editing.id) : paths.interventions}
          >
            {t('interventions.editor.cancel')}
          </Link>
        </div>
      </section>
    </form>
  );
}
