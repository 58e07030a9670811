import { useQuery } from '@apollo/client/react';
import { SWOT_QUADRANTS } from '@piano2030/shared-domain';
import type { ConsultationAreasQuery } from '@piano2030/web-core';
import { FieldErrorText, LoadingState, type FieldMessage } from '@piano2030/web-ui';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationDraft } from './consultation-draft';
import { ConsultationAreaScopeQueryDocument } from './editor.documents';
import { controlIds } from './field-paths';

type Area = ConsultationAreasQuery['interventionAreas'][number];
type ScopeChange = Partial<Pick<ConsultationDraft, 'areaCodes' | 'interventionIds' | 'swotItemIds'>>;

/** Interventions that can be consulted on: public ones (neither a draft nor discarded). */
const CONSULTABLE = new Set(['IN_CONSULTATION', 'REVISED', 'ADOPTED']);
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/**
 * What the consultation is about: one or more areas, then, for each, any of its public
 * interventions and SWOT items. Unchecking an area drops what was chosen in it.
 */
export function ScopeFields({
  draft,
  areas,
  known,
  onKnown,
  onNames,
  onChange,
  errorsAt,
}: {
  draft: ConsultationDraft;
  areas: readonly Area[];
  /** The area of each intervention and SWOT item met so far, by id. */
  known: Readonly<Record<string, string>>;
  onKnown: (entries: Record<string, string>) => void;
  /** What each intervention and SWOT item is called, by id, for comparing versions. */
  onNames: (entries: Record<string, string>) => void;
  onChange: (change: ScopeChange) => void;
  errorsAt: (id: string) => readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...areas].sort((a, b) => a.position - b.position);
  const areaErrors = sorted.flatMap((area) => errorsAt(controlIds.area(area.code)) ?? []);
  const unique = areaErrors.filter((m, i) => areaErrors.findIndex((o) => o.text === m.text) === i);
  const errorId = unique.length ? `${controlIds.areas}-error` : undefined;
  const toggleArea = (code: string, checked: boolean) => {
    if (checked) {
      onChange({
        areaCodes: sorted.map((a) => a.code).filter((c) => c === code || draft.areaCodes.includes(c)),
      });
      return;
    }
    onChange({
      areaCodes: draft.areaCodes.filter((c) => c !== code),
      interventionIds: draft.interventionIds.filter((id) => known[id] !== code),
      swotItemIds: draft.swotItemIds.filter((id) => known[id] !== code),
    });
  };
  const chosenAreas = sorted.filter((area) => draft.areaCodes.includes(area.code));
  const unplaced = [
    ...draft.interventionIds.filter((id) => !known[id]).map((id) => ({ id, kind: 'intervention' as const })),
    ...draft.swotItemIds.filter((id) => !known[id]).map((id) => ({ id, kind: 'swot' as const })),
  ];

  return (
    <>
      <fieldset
        id={controlIds.areas}
        className="mb-4"
        aria-describedby={['cons-areas-hint', errorId].filter(Boolean).join(' ')}
      >
        <legend className="h5">{t('consultationsAdmin.fields.areaCodes')}</legend>
        <p id="cons-areas-hint" className="small mb-2">
          {t('consultationsAdmin.editor.hints.areaCodes')}
        </p>
        <div className="cons-choices-columns">
          {sorted.map((area) => (
            <div key={area.code} className="form-check">
              <input
                id={controlIds.area(area.code)}
                type="checkbox"
                checked={draft.areaCodes.includes(area.code)}
                aria-invalid={errorId ? true : undefined}
                onChange={(event) => toggleArea(area.code, event.target.checked)}
              />
              <label htmlFor={controlIds.area(area.code)}>
                {area.code} – {area.name}
              </label>
            </div>
          ))}
        </div>
        <FieldErrorText id={`${controlIds.areas}-error`} messages={unique} />
      </fieldset>
      {chosenAreas.map((area) => (
        <AreaScope
          key={area.code}
          area={area}
          draft={draft}
          onKnown={onKnown}
          onNames={onNames}
          onChange={onChange}
          errorsAt={errorsAt}
        />
      ))}
      {unplaced.length > 0 && (
        <fieldset className="mb-4">
          <legend className="h6">{t('consultationsAdmin.editor.scope.unplaced')}</legend>
          {unplaced.map(({ id, kind }) => {
            const controlId = kind === 'intervention' ? controlIds.intervention(id) : controlIds.swotItem(id);
            const list = kind === 'intervention' ? 'interventionIds' : 'swotItemIds';
            return (
              <div key={id} className="form-check">
                <input
                  id={controlId}
                  type="checkbox"
                  checked
                  aria-describedby={errorsAt(controlId)?.length ? `${controlId}-error` : undefined}
                  aria-invalid={errorsAt(controlId)?.length ? true : undefined}
                  onChange={() => onChange({ [list]: draft[list].filter((other) => other !== id) })}
                />
                <label htmlFor={controlId}>
                  {t(`consultationsAdmin.editor.scope.unplaced_${kind}`, { id })}
                </label>
                <FieldErrorText id={`${controlId}-error`} messages={errorsAt(controlId)} />
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
}

function AreaScope({
  area,
  draft,
  onKnown,
  onNames,
  onChange,
  errorsAt,
}: {
  area: Area;
  draft: ConsultationDraft;
  onKnown: (entries: Record<string, string>) => void;
  onNames: (entries: Record<string, string>) => void;
  onChange: (change: ScopeChange) => void;
  errorsAt: (id: string) => readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(ConsultationAreaScopeQueryDocument, { variables: { areaCode: area.code } });
  const quadrantName = (quadrant: string) => t(`consultationsAdmin.quadrants.${quadrant as 'STRENGTH'}`);
  const report = useEffectEvent((loaded: NonNullable<typeof data>) => {
    onKnown(
      Object.fromEntries([
        ...loaded.interventions.map((i) => [i.id, i.areaCode]),
        ...loaded.swot.items.map((item) => [item.id, item.areaCode]),
      ]),
    );
    onNames(
      Object.fromEntries([
        ...loaded.interventions.map((i) => [i.id, `${i.reference} – ${i.title}`]),
        ...loaded.swot.items.map((item) => [
          item.id,
          `${quadrantName(item.quadrant)}: ${excerpt(item.text)}`,
        ]),
      ]),
    );
  });
  useEffect(() => {
    if (data) report(data);
  }, [data]);
  const interventions = (data?.interventions ?? []).filter(
    (i) => CONSULTABLE.has(i.status) || draft.interventionIds.includes(i.id),
  );
  const items = (data?.swot.items ?? []).filter(
    (item) => item.status !== 'WITHDRAWN' || draft.swotItemIds.includes(item.id),
  );
  const toggle = (list: 'interventionIds' | 'swotItemIds', id: string, checked: boolean) =>
    onChange({ [list]: checked ? [...draft[list], id] : draft[list].filter((other) => other !== id) });
  const headingId = `cons-scope-${area.code}`;

  return (
    <section aria-labelledby={headingId} className="cons-area-scope mb-4">
      <h3 id={headingId} className="h6">
        {t('consultationsAdmin.editor.scope.areaTitle', { code: area.code, name: area.name })}
      </h3>
      {!data && <LoadingState />}
      {data && (
        <div className="row">
          <fieldset className="col-lg-6 mb-3">
            <legend className="small fw-semibold">{t('consultationsAdmin.fields.interventionIds')}</legend>
            {interventions.length === 0 && (
              <p className="small mb-0">{t('consultationsAdmin.editor.scope.noInterventions')}</p>
            )}
            {interventions.map((intervention) => {
              const id = controlIds.intervention(intervention.id);
              return (
                <ScopeChoice
                  key={intervention.id}
                  id={id}
                  checked={draft.interventionIds.includes(intervention.id)}
                  errors={errorsAt(id)}
                  onChange={(checked) => toggle('interventionIds', intervention.id, checked)}
                >
                  {intervention.reference} – {intervention.title}
                </ScopeChoice>
              );
            })}
          </fieldset>
          <fieldset className="col-lg-6 mb-3">
            <legend className="small fw-semibold">{t('consultationsAdmin.fields.swotItemIds')}</legend>
            {items.length === 0 && (
              <p className="small mb-0">{t('consultationsAdmin.editor.scope.noSwotItems')}</p>
            )}
            {SWOT_QUADRANTS.flatMap((quadrant) =>
              items
                .filter((item) => item.quadrant === quadrant)
                .map((item) => {
                  const id = controlIds.swotItem(item.id);
                  return (
                    <ScopeChoice
                      key={item.id}
                      id={id}
                      checked={draft.swotItemIds.includes(item.id)}
                      errors={errorsAt(id)}
                      onChange={(checked) => toggle('swotItemIds', item.id, checked)}
                    >
                      <span className="fw-semibold">{quadrantName(quadrant)}:</span> {excerpt(item.text)}
                    </ScopeChoice>
                  );
                }),
            )}
          </fieldset>
        </div>
      )}
    </section>
  );
}

/** One intervention or SWOT item to name in the scope, with the messages about it. */
function ScopeChoice({
  id,
  checked,
  errors,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  errors: readonly FieldMessage[] | undefined;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
      <FieldErrorText id={`${id}-error`} messages={errors} />
    </div>
  );
}
