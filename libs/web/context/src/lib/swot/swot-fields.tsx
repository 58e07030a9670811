import { EVIDENCE_KINDS, SWOT_LIMITS, SWOT_QUADRANTS, type EvidenceKind } from '@piano2030/shared-domain';
import type { FieldErrors } from '@piano2030/web-core';
import { focusSoon, FormField, SelectField, TextAreaField } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useSwotActions } from './swot-context';
import { evidenceRow, swotFieldId, type EvidenceDraft, type SwotDraft } from './swot-draft';

const WEIGHTS = [1, 2, 3, 4, 5] as const;

/** Contributions can be cited once the public consultation opens; a row that already cites one keeps it. */
const kindsFor = (row: EvidenceDraft): readonly EvidenceKind[] =>
  EVIDENCE_KINDS.filter((kind) => kind !== 'CONTRIBUTION' || row.kind === 'CONTRIBUTION');

/** An item's content: quadrant, text, weight and the evidence that backs it, row by row. */
export function SwotFields({
  prefix,
  draft,
  onChange,
  errors,
}: {
  prefix: string;
  draft: SwotDraft;
  onChange: (draft: SwotDraft) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const L = SWOT_LIMITS;
  const id = (field: string) => swotFieldId(prefix, field);
  const set = (change: Partial<SwotDraft>) => onChange({ ...draft, ...change });
  const setRow = (index: number, change: Partial<EvidenceDraft>) =>
    set({ evidence: draft.evidence.map((row, at) => (at === index ? { ...row, ...change } : row)) });
  const addRow = () => {
    set({ evidence: [...draft.evidence, evidenceRow()] });
    focusSoon(id(`evidence.${draft.evidence.length}.kind`));
  };
  const removeRow = (index: number) => {
    set({ evidence: draft.evidence.filter((_, at) => at !== index) });
    // Focus goes to the row that took its place, or to the button that adds one.
    focusSoon(index < draft.evidence.length - 1 ? id(`evidence.${index}.kind`) : id('evidence-add'));
  };

  return (
    <>
      <div className="row">
        <div className="col-sm-7">
          <SelectField
            id={id('quadrant')}
            label={t('context.swot.fields.quadrant')}
            value={draft.quadrant}
            errors={errors.quadrant}
            options={SWOT_QUADRANTS.map((quadrant) => ({
              value: quadrant,
              label: t(`context.swot.quadrants.${quadrant}`),
            }))}
            onChange={(event) => set({ quadrant: event.target.value as SwotDraft['quadrant'] })}
          />
        </div>
        <div className="col-sm-5">
          <SelectField
            id={id('weight')}
            label={t('context.swot.fields.weight')}
            value={String(draft.weight)}
            errors={errors.weight}
            options={WEIGHTS.map((weight) => ({
              value: String(weight),
              label: t(`context.swot.weights.${weight}`),
            }))}
            onChange={(event) => set({ weight: Number(event.target.value) })}
          />
        </div>
      </div>
      <TextAreaField
        required
        id={id('text')}
        label={t('context.swot.fields.text')}
        hint={t('context.swot.hints.text', { max: L.textMaxLength })}
        rows={3}
        maxLength={L.textMaxLength}
        value={draft.text}
        errors={errors.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <fieldset className="swot-evidence-fields mb-4" aria-describedby={id('evidence-hint')}>
        <legend className="h6 mb-1">{t('context.swot.fields.evidence')}</legend>
        <p id={id('evidence-hint')} className="small mb-3">
          {t('context.swot.hints.evidence', { max: L.evidenceMax })}
        </p>
        {errors.evidence?.length ? (
          <p id={id('evidence-error')} className="invalid-feedback d-block">
            {errors.evidence.join(' ')}
          </p>
        ) : null}
        {draft.evidence.map((row, index) => (
          <EvidenceRow
            key={row.key}
            prefix={prefix}
            index={index}
            row={row}
            errors={errors}
            onChange={(change) => setRow(index, change)}
            onRemove={() => removeRow(index)}
          />
        ))}
        {draft.evidence.length < L.evidenceMax && (
          <Button id={id('evidence-add')} type="button" color="primary" outline size="sm" onClick={addRow}>
            {t('context.swot.evidence.add')}
          </Button>
        )}
      </fieldset>
    </>
  );
}

function EvidenceRow({
  prefix,
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  prefix: string;
  index: number;
  row: EvidenceDraft;
  errors: FieldErrors;
  onChange: (change: Partial<EvidenceDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { series } = useSwotActions();
  const id = (field: string) => swotFieldId(prefix, `evidence.${index}.${field}`);
  const number = index + 1;
  const referenceErrors = errors[`evidence.${index}.reference`];
  const choices =
    series.some((one) => one.code === row.reference) || !row.reference
      ? series
      : [{ code: row.reference, title: row.reference }, ...series];

  return (
    <fieldset className="swot-evidence-row border rounded p-2 p-sm-3 mb-3">
      <legend className="fs-6 fw-semibold float-none w-auto px-1 mb-0">
        {t('context.swot.evidence.row', { number })}
      </legend>
      <div className="swot-evidence-grid">
        <SelectField
          id={id('kind')}
          label={t('context.swot.evidence.kind')}
          value={row.kind}
          options={kindsFor(row).map((kind) => ({
            value: kind,
            label: t(`context.swot.evidenceKinds.${kind}`),
          }))}
          onChange={(event) => onChange({ kind: event.target.value as EvidenceKind, reference: '' })}
        />
        {row.kind === 'INDICATOR' ? (
          <SelectField
            id={id('reference')}
            label={t('context.swot.evidence.series')}
            value={row.reference}
            errors={referenceErrors}
            options={[
              { value: '', label: t('context.swot.evidence.chooseSeries') },
              ...choices.map((one) => ({ value: one.code, label: one.title })),
            ]}
            onChange={(event) => onChange({ reference: event.target.value })}
          />
        ) : (
          <FormField
            id={id('reference')}
            type={row.kind === 'DOCUMENT' ? 'url' : 'text'}
            label={t(
              row.kind === 'DOCUMENT' ? 'context.swot.evidence.url' : 'context.swot.evidence.contribution',
            )}
            hint={row.kind === 'DOCUMENT' ? t('context.swot.hints.url') : undefined}
            value={row.reference}
            errors={referenceErrors}
            onChange={(event) => onChange({ reference: event.target.value })}
          />
        )}
        <div className="swot-evidence-label">
          <FormField
            id={id('label')}
            label={t('context.swot.evidence.label')}
            hint={t('context.swot.hints.label')}
            maxLength={SWOT_LIMITS.labelMaxLength}
            value={row.label}
            errors={errors[`evidence.${index}.label`]}
            onChange={(event) => onChange({ label: event.target.value })}
          />
        </div>
      </div>
      <Button type="button" color="danger" outline size="xs" className="mt-1" onClick={onRemove}>
        {t('context.swot.evidence.remove', { number })}
      </Button>
    </fieldset>
  );
}
