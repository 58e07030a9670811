import { PLAN_END, PLAN_START } from '@piano2030/shared-domain';
import type { InterventionKpiIndicatorsQuery } from '@piano2030/web-core';
import { FieldErrorText, FormField, SelectField, texts, type FieldMessage } from '@piano2030/web-ui';
import { Button, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import {
  emptyKpi,
  emptyMilestone,
  emptyPartner,
  type KpiRow,
  type MilestoneRow,
  type PartnerRow,
} from './draft';
import { controlIds } from './field-paths';

type Errors = Readonly<Record<string, readonly FieldMessage[]>>;
type Indicator = InterventionKpiIndicatorsQuery['indicators'][number];

/** Focus after the rows changed: the new row's first field, or the add button once a row is gone. */
const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="button" color="danger" outline size="sm" className="int-row-remove" onClick={onClick}>
      <Icon icon="it-delete" size="sm" color="danger" aria-hidden />
      <span>{label}</span>
    </Button>
  );
}

function AddButton({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <Button id={id} type="button" color="primary" outline size="sm" onClick={onClick}>
      <Icon icon="it-plus" size="sm" color="primary" aria-hidden />
      <span>{label}</span>
    </Button>
  );
}

/** KPIs: a name and unit, where the measure stands (value and year) and where it should be by 2030. */
export function KpiRows({
  rows,
  onChange,
  errors,
  indicators,
}: {
  rows: readonly KpiRow[];
  onChange: (rows: KpiRow[]) => void;
  errors: Errors;
  indicators: readonly Indicator[];
}) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<KpiRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const id = controlIds.kpi;
  return (
    <>
      {rows.length === 0 && <p>{t('interventions.editor.kpis.none')}</p>}
      <ol className="list-unstyled int-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="int-row border rounded p-3 mb-3">
            <fieldset>
              <legend className="h6 mb-5">{t('interventions.editor.kpis.row', { number: index + 1 })}</legend>
              <div className="row">
                <div className="col-md-8">
                  <FormField
                    id={id(index, 'name')}
                    label={t('interventions.editor.kpis.name')}
                    value={row.name}
                    errors={texts(errors[id(index, 'name')])}
                    onChange={(event) => set(index, { name: event.target.value })}
                  />
                </div>
                <div className="col-md-4">
                  <FormField
                    id={id(index, 'unit')}
                    label={t('interventions.editor.kpis.unit')}
                    hint={t('interventions.editor.kpis.unitHint')}
                    value={row.unit}
                    errors={texts(errors[id(index, 'unit')])}
                    onChange={(event) => set(index, { unit: event.target.value })}
                  />
                </div>
                <div className="col-sm-6 col-md-4">
                  <FormField
                    id={id(index, 'baselineValue')}
                    label={t('interventions.editor.kpis.baselineValue')}
                    inputMode="decimal"
                    value={row.baselineValue}
                    errors={texts(errors[id(index, 'baselineValue')])}
                    onChange={(event) => set(index, { baselineValue: event.target.value })}
                  />
                </div>
                <div className="col-sm-6 col-md-4">
                  <FormField
                    id={id(index, 'baselineYear')}
                    label={t('interventions.editor.kpis.baselineYear')}
                    inputMode="numeric"
                    maxLength={4}
                    value={row.baselineYear}
                    errors={texts(errors[id(index, 'baselineYear')])}
                    onChange={(event) => set(index, { baselineYear: event.target.value })}
                  />
                </div>
                <div className="col-md-4">
                  <FormField
                    id={id(index, 'target2030')}
                    label={t('interventions.editor.kpis.target2030')}
                    inputMode="decimal"
                    value={row.target2030}
                    errors={texts(errors[id(index, 'target2030')])}
                    onChange={(event) => set(index, { target2030: event.target.value })}
                  />
                </div>
              </div>
              <SelectField
                id={id(index, 'indicatorCode')}
                label={t('interventions.editor.kpis.indicatorCode')}
                hint={t('interventions.editor.kpis.indicatorHint')}
                value={row.indicatorCode}
                errors={texts(errors[id(index, 'indicatorCode')])}
                options={[
                  { value: '', label: t('interventions.editor.kpis.noIndicator') },
                  // An indicator named before may have left the area's list: it stays choosable.
                  ...(row.indicatorCode && !indicators.some((series) => series.code === row.indicatorCode)
                    ? [{ value: row.indicatorCode, label: row.indicatorCode }]
                    : []),
                  ...indicators.map((series) => ({
                    value: series.code,
                    label: `${series.title} (${series.unit})`,
                  })),
                ]}
                onChange={(event) => set(index, { indicatorCode: event.target.value })}
              />
              <RemoveButton
                label={t('interventions.editor.kpis.remove', { number: index + 1 })}
                onClick={() => {
                  onChange(rows.filter((_, at) => at !== index));
                  focusLater(controlIds.kpisAdd);
                }}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <AddButton
        id={controlIds.kpisAdd}
        label={t('interventions.editor.kpis.add')}
        onClick={() => {
          onChange([...rows, emptyKpi()]);
          focusLater(id(rows.length, 'name'));
        }}
      />
      <FieldErrorText id={`${controlIds.kpisAdd}-error`} messages={errors[controlIds.kpisAdd]} />
    </>
  );
}

/** Milestones: what is due and when, within the intervention's dates. */
export function MilestoneRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly MilestoneRow[];
  onChange: (rows: MilestoneRow[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<MilestoneRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const id = controlIds.milestone;
  return (
    <>
      {rows.length === 0 && <p>{t('interventions.editor.milestones.none')}</p>}
      <ol className="list-unstyled int-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="int-row border rounded p-3 mb-3">
            <fieldset>
              <legend className="h6 mb-5">
                {t('interventions.editor.milestones.row', { number: index + 1 })}
              </legend>
              <div className="row">
                <div className="col-md-8">
                  <FormField
                    id={id(index, 'title')}
                    label={t('interventions.editor.milestones.title')}
                    value={row.title}
                    errors={texts(errors[id(index, 'title')])}
                    onChange={(event) => set(index, { title: event.target.value })}
                  />
                </div>
                <div className="col-md-4">
                  <FormField
                    id={id(index, 'dueOn')}
                    type="date"
                    label={t('interventions.editor.milestones.dueOn')}
                    min={PLAN_START}
                    max={PLAN_END}
                    value={row.dueOn}
                    errors={texts(errors[id(index, 'dueOn')])}
                    onChange={(event) => set(index, { dueOn: event.target.value })}
                  />
                </div>
              </div>
              <RemoveButton
                label={t('interventions.editor.milestones.remove', { number: index + 1 })}
                onClick={() => {
                  onChange(rows.filter((_, at) => at !== index));
                  focusLater(controlIds.milestonesAdd);
                }}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <AddButton
        id={controlIds.milestonesAdd}
        label={t('interventions.editor.milestones.add')}
        onClick={() => {
          onChange([...rows, emptyMilestone()]);
          focusLater(id(rows.length, 'title'));
        }}
      />
      <FieldErrorText id={`${controlIds.milestonesAdd}-error`} messages={errors[controlIds.milestonesAdd]} />
    </>
  );
}

/** Partner organisations, one per field. */
export function PartnerRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly PartnerRow[];
  onChange: (rows: PartnerRow[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ol className="list-unstyled int-rows">
        {rows.map((row, index) => {
          const id = controlIds.partner(index);
          const messages = errors[id];
          const errorId = messages?.length ? `${id}-error` : undefined;
          return (
            <li key={row.key} className="d-flex flex-wrap align-items-start gap-2 mb-2">
              <div className="flex-grow-1 int-partner-field">
                <label htmlFor={id} className="visually-hidden">
                  {t('interventions.editor.partners.row', { number: index + 1 })}
                </label>
                <input
                  id={id}
                  type="text"
                  className={`form-control${errorId ? ' is-invalid' : ''}`}
                  aria-invalid={errorId ? true : undefined}
                  aria-describedby={errorId}
                  value={row.name}
                  onChange={(event) =>
                    onChange(
                      rows.map((other, at) =>
                        at === index ? { ...other, name: event.target.value } : other,
                      ),
                    )
                  }
                />
                <FieldErrorText id={`${id}-error`} messages={messages} />
              </div>
              <RemoveButton
                label={t('interventions.editor.partners.remove', { number: index + 1 })}
                onClick={() => {
                  onChange(rows.filter((_, at) => at !== index));
                  focusLater(controlIds.partnersAdd);
                }}
              />
            </li>
          );
        })}
      </ol>
      <AddButton
        id={controlIds.partnersAdd}
        label={t('interventions.editor.partners.add')}
        onClick={() => {
          onChange([...rows, emptyPartner()]);
          focusLater(controlIds.partner(rows.length));
        }}
      />
      <FieldErrorText id={`${controlIds.partnersAdd}-error`} messages={errors[controlIds.partnersAdd]} />
    </>
  );
}
