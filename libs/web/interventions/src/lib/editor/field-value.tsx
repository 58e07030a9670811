import { PLAN_LAST_YEAR, totalResources, type InterventionContent } from '@piano2030/shared-domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../shared/dates';
import { formatEuro } from '../shared/money';
import { useLocale } from '../shared/use-locale';
import type { ContentField } from './draft';

export interface ValueNames {
  priorityTitle: (id: string) => string;
  guidelineTitle: (code: string) => string;
}

const LIST_FIELDS = new Set<ContentField>([
  'guidelineCodes',
  'kpis',
  'resources',
  'milestones',
  'partners',
  'projectCodes',
]);

/** A list field's entries as a reader knows them: sources and dates in words, euros formatted. */
function entries(
  field: ContentField,
  content: InterventionContent,
  t: TFunction,
  locale: string,
  names: ValueNames,
): string[] {
  const number = (value: number) =>
    Number.isFinite(value) ? value.toLocaleString(locale) : t('interventions.diff.notANumber');
  switch (field) {
    case 'guidelineCodes':
      return content.guidelineCodes.map((code) => `${code} – ${names.guidelineTitle(code)}`);
    case 'kpis':
      return content.kpis.map((kpi) =>
        t('interventions.kpis.line', {
          name: kpi.name,
          unit: kpi.unit,
          baseline: number(kpi.baselineValue),
          year: Number.isFinite(kpi.baselineYear) ? kpi.baselineYear : '?',
          target: number(kpi.target2030),
          last: PLAN_LAST_YEAR,
        }),
      );
    case 'resources':
      return content.resources.map(
        (line) =>
          `${line.year} · ${t(`interventions.sources.${line.source}`)} · ${
            Number.isFinite(line.amount)
              ? formatEuro(line.amount, locale)
              : t('interventions.diff.notANumber')
          }`,
      );
    case 'milestones':
      return content.milestones.map((m) => `${formatDay(m.dueOn, locale)} – ${m.title}`);
    case 'partners':
    case 'projectCodes':
      return [...content[field]];
    default:
      return [];
  }
}

/**
 * One field of a content, as a reader knows it: dates in words, codes with names, euros
 * formatted. Compared with `other`, a list's entries that are not there are marked, in bold and
 * in words.
 */
export function FieldValue({
  field,
  content,
  names,
  other,
}: {
  field: ContentField;
  content: InterventionContent;
  names: ValueNames;
  other?: InterventionContent;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = <em>{t('interventions.diff.empty')}</em>;
  if (LIST_FIELDS.has(field)) {
    const items = entries(field, content, t, locale, names);
    const elsewhere = other ? new Set(entries(field, other, t, locale, names)) : null;
    const valid = content.resources.filter((line) => Number.isFinite(line.amount));
    return (
      <>
        {items.length ? (
          <ul className="mb-0 ps-3">
            {items.map((item, index) =>
              elsewhere && !elsewhere.has(item) ? (
                <li key={index} className="fw-bold">
                  {item}
                  <span className="visually-hidden"> {t('interventions.editor.conflict.differs')}</span>
                </li>
              ) : (
                <li key={index}>{item}</li>
              ),
            )}
          </ul>
        ) : (
          empty
        )}
        {field === 'resources' && items.length > 0 && (
          <p className="mb-0 fw-semibold">
            {t('interventions.resources.totalLabel', { total: formatEuro(totalResources(valid), locale) })}
          </p>
        )}
      </>
    );
  }
  switch (field) {
    case 'priorityId':
      return content.priorityId ? <>{names.priorityTitle(content.priorityId)}</> : empty;
    case 'startsOn':
    case 'endsOn':
      return content[field] ? <>{formatDay(content[field], locale)}</> : empty;
    default: {
      const text = content[field as 'title'];
      return text ? <span className="int-plain-text">{text}</span> : empty;
    }
  }
}
