import { useTranslation } from 'react-i18next';

export interface AreaOption {
  code: string;
  name: string;
}

/**
 * The area pages that show a series: one checkbox per area, and "cross-cutting" for every page
 * among the general context. The first checkbox carries the id that errors link to.
 */
export function AreaChoices({
  idPrefix,
  areas,
  chosen,
  crossCutting,
  errors = [],
  onChange,
  legend,
}: {
  idPrefix: string;
  areas: readonly AreaOption[];
  chosen: readonly string[];
  crossCutting: boolean;
  errors?: readonly string[];
  onChange: (areaCodes: string[], crossCutting: boolean) => void;
  legend?: string;
}) {
  const { t } = useTranslation();
  const errorId = errors.length ? `${idPrefix}-areaCodes-error` : undefined;
  const hintId = `${idPrefix}-areaCodes-hint`;
  const toggle = (code: string, checked: boolean) =>
    onChange(
      areas.map((area) => area.code).filter((other) => (other === code ? checked : chosen.includes(other))),
      crossCutting,
    );
  return (
    <fieldset className="mb-4 area-choices" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend className="h5">{legend ?? t('context.admin.areas.legend')}</legend>
      <p id={hintId} className="small">
        {t('context.admin.areas.hint')}
      </p>
      <div className="area-choices-grid">
        {areas.map((area, index) => {
          const id = index === 0 ? `${idPrefix}-areaCodes` : `${idPrefix}-area-${area.code}`;
          return (
            <div key={area.code} className="form-check">
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(area.code)}
                aria-invalid={errorId ? true : undefined}
                onChange={(event) => toggle(area.code, event.target.checked)}
              />
              <label htmlFor={id}>
                {area.code} – {area.name}
              </label>
            </div>
          );
        })}
      </div>
      <div className="form-check mt-2">
        <input
          id={`${idPrefix}-crossCutting`}
          type="checkbox"
          checked={crossCutting}
          onChange={(event) => onChange([...chosen], event.target.checked)}
        />
        <label htmlFor={`${idPrefix}-crossCutting`}>{t('context.admin.areas.crossCutting')}</label>
      </div>
      {errorId && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors.join(' ')}
        </div>
      )}
    </fieldset>
  );
}
