import { PLAN_LAST_YEAR, type FundingSource } from '@piano2030/shared-domain';
import type { DiffOp, InterventionDiffQuery, InterventionStatus } from '@piano2030/web-core';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../shared/dates';
import { formatEuro } from '../shared/money';
import { useLocale } from '../shared/use-locale';
import '../shared/diff-segments.css';

type Change = InterventionDiffQuery['interventionDiff']['changes'][number];
interface Segment {
  op: DiffOp;
  text: string;
}

const TEXT_FIELDS = new Set(['title', 'description', 'objectives', 'expectedResults', 'leadActor']);
const LIST_FIELDS = new Set([
  'guidelineCodes',
  'kpis',
  'resources',
  'milestones',
  'partners',
  'projectCodes',
]);
const KNOWN_FIELDS = new Set([...TEXT_FIELDS, ...LIST_FIELDS, 'status', 'priorityId', 'startsOn', 'endsOn']);

export interface DiffNames {
  priorityTitle: (id: string) => string;
  guidelineTitle: (code: string) => string;
}

/** One entry of a list as a reader knows it: sources and dates in words, euros formatted. */
export function describeLine(
  field: string,
  line: string,
  t: TFunction,
  locale: string,
  names: DiffNames,
): string {
  if (field === 'resources') {
    const match = /^(\d{4}) · (\w+) · (-?[\d.]+)$/.exec(line);
    if (match)
      return `${match[1]} · ${t(`interventions.sources.${match[2] as FundingSource}`, { defaultValue: match[2] })} · ${formatEuro(Number(match[3]), locale)}`;
  }
  if (field === 'milestones') {
    const match = /^(\d{4}-\d{2}-\d{2}) · (.*)$/.exec(line);
    if (match) return `${formatDay(match[1], locale)} · ${match[2]}`;
  }
  if (field === 'guidelineCodes') return `${line} – ${names.guidelineTitle(line)}`;
  if (field === 'kpis') {
    const match = /^(.*) \((.*)\): (\S+) in (\d+) → (\S+) by (\d+)(?: · (.+))?$/.exec(line);
    if (match) {
      const number = (text: string) =>
        Number.isFinite(Number(text)) ? Number(text).toLocaleString(locale) : text;
      const described = t('interventions.kpis.line', {
        name: match[1],
        unit: match[2],
        baseline: number(match[3]),
        year: match[4],
        target: number(match[5]),
        last: match[6] ?? PLAN_LAST_YEAR,
      });
      return match[7] ? `${described} · ${match[7]}` : described;
    }
  }
  return line;
}

function scalarValue(field: string, value: string, t: TFunction, locale: string, names: DiffNames): string {
  if (!value) return t('interventions.diff.empty');
  if (field === 'status')
    return t(`interventions.status.${value as InterventionStatus}`, { defaultValue: value });
  if (field === 'priorityId') return names.priorityTitle(value);
  if (field === 'startsOn' || field === 'endsOn') return formatDay(value, locale);
  return value;
}

/** Added and removed words as <ins> and <del>, said in words too ("aggiunto:", "rimosso:"). */
export function DiffSegments({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation();
  return (
    <span className="int-diff-text">
      {segments.map((segment, index) => {
        if (segment.op === 'INSERT')
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('interventions.diff.inserted')} </span>
              {segment.text}
            </ins>
          );
        if (segment.op === 'DELETE')
          return (
            <del key={index}>
              <span className="visually-hidden">{t('interventions.diff.deleted')} </span>
              {segment.text}
            </del>
          );
        return <Fragment key={index}>{segment.text}</Fragment>;
      })}
    </span>
  );
}

/** The lines of a list's diff, each with whether it was kept, added or removed. */
export function diffLines(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) =>
    segment.text
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .map((line) => ({ op: segment.op, text: line })),
  );
}

/**
 * What changed between two versions, field by field with the fields' names: text word by word,
 * lists one entry per line (kept, added, removed), single values before → after.
 */
export function DiffView({ changes, names }: { changes: readonly Change[]; names: DiffNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (changes.length === 0) return <p>{t('interventions.diff.none')}</p>;
  return (
    <dl className="int-diff mb-0">
      {changes.map((change) => {
        const field = change.field;
        const name = KNOWN_FIELDS.has(field) ? t(`interventions.fields.${field as 'title'}`) : field;
        return (
          <div key={field} className="int-diff-field border-top py-3">
            <dt className="mb-1">{name}</dt>
            <dd className="mb-0">
              {TEXT_FIELDS.has(field) ? (
                <DiffSegments segments={change.segments} />
              ) : LIST_FIELDS.has(field) ? (
                <ul className="int-diff-lines">
                  {diffLines(change.segments).map((line, index) => {
                    const text = describeLine(field, line.text, t, locale, names);
                    return (
                      <li key={index} className={`int-diff-line-${line.op.toLowerCase()}`}>
                        {line.op === 'EQUAL' ? (
                          <>
                            <span className="visually-hidden">{t('interventions.diff.unchanged')} </span>
                            {text}
                          </>
                        ) : (
                          <DiffSegments segments={[{ op: line.op, text }]} />
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <>
                  <DiffSegments
                    segments={[{ op: 'DELETE', text: scalarValue(field, change.before, t, locale, names) }]}
                  />
                  <span aria-hidden="true"> → </span>
                  <DiffSegments
                    segments={[{ op: 'INSERT', text: scalarValue(field, change.after, t, locale, names) }]}
                  />
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
