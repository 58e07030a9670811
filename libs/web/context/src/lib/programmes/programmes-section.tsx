import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale, type AreaProgrammesQuery } from '@piano2030/web-core';
import { ErrorState, formatNumber, LoadingState } from '@piano2030/web-ui';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { SourceText } from '../shared/source-text';
import { AreaProgrammesQueryDocument } from './programmes.documents';
import './programmes.css';

type Objective = AreaProgrammesQuery['chamberObjectives'][number];
type Budget = NonNullable<Objective['budget']>;

const BUDGET_LINES = ['externalCosts', 'revenues', 'contributions', 'investments'] as const;
const STATUSES = ['active', 'active-no-targets', 'eliminated'] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (status: string): status is Status => (STATUSES as readonly string[]).includes(status);

/**
 * "Programmi esistenti della Camera": the chamber's 2020 objectives that serve the area, those it
 * mainly serves first, each with its budget, targets and projects, and where the report says so.
 */
export function ProgrammesSection({ areaCode }: { areaCode: string }) {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data, previousData, error, refetch } = useQuery(AreaProgrammesQueryDocument, {
    variables: { areaCode, locale },
  });
  const shown = data ?? previousData;
  const objectives = shown?.chamberObjectives ?? [];
  const isPrimary = (objective: Objective) => objective.primaryAreaCodes.includes(areaCode);
  const ordered = [...objectives.filter(isPrimary), ...objectives.filter((o) => !isPrimary(o))];

  return (
    <section aria-labelledby="programmes-title" className="mt-5">
      <h2 id="programmes-title">{t('context.programmes.title')}</h2>
      <p>{t('context.programmes.intro')}</p>
      {!shown && error && <ErrorState onRetry={() => void refetch()} />}
      {!shown && !error && <LoadingState />}
      {shown && !ordered.length && <p>{t('context.programmes.none')}</p>}
      {ordered.map((objective) => (
        <ObjectiveCard key={objective.code} objective={objective} primary={isPrimary(objective)} />
      ))}
    </section>
  );
}

function ObjectiveCard({ objective, primary }: { objective: Objective; primary: boolean }) {
  const { t } = useTranslation();
  const titleId = `objective-${objective.code}`;
  const status = isStatus(objective.status)
    ? t(`context.programmes.status.${objective.status}`)
    : objective.status;
  return (
    <article aria-labelledby={titleId} className="objective-card">
      <h3 id={titleId} className="h5 objective-title">
        <span className="objective-code">{objective.code}</span> {objective.title}
      </h3>
      <p className="objective-facts small">
        <Badge color={primary ? 'primary' : 'light'} className={primary ? undefined : 'objective-secondary'}>
          {t(primary ? 'context.programmes.primary' : 'context.programmes.secondary')}
        </Badge>
        {objective.crossCutting && (
          <Badge color="light" className="objective-secondary">
            {t('context.programmes.crossCutting')}
          </Badge>
        )}
        <span>
          {t('context.programmes.strategicArea')}: {objective.strategicAreaCode} –{' '}
          {objective.strategicAreaTitle}
        </span>
        <span>
          {t('context.programmes.statusLabel')}: {status}
        </span>
      </p>
      {objective.budget && <BudgetTable id={`${titleId}-budget`} budget={objective.budget} />}
      {objective.targets.length > 0 && (
        <>
          <h4 className="h6 mt-3">{t('context.programmes.targets')}</h4>
          <ul className="small objective-targets">
            {objective.targets.map((target) => (
              <li key={target}>{target}</li>
            ))}
          </ul>
        </>
      )}
      <h4 className="h6 mt-3">{t('context.programmes.projects')}</h4>
      {objective.projects.length ? (
        <ul className="list-unstyled objective-projects">
          {objective.projects.map((project) => (
            <li key={project.code}>
              <span className="project-code">{project.code}</span>{' '}
              <span className="fw-semibold">{project.title}</span>
              {project.office && (
                <span className="d-block small">
                  {t('context.programmes.office')}: {project.office}
                </span>
              )}
              {project.summary && (
                <details className="small">
                  <summary>{t('context.programmes.summary')}</summary>
                  <p lang="en" className="mb-0 mt-1">
                    {project.summary}
                  </p>
                </details>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small">{t('context.programmes.noProjects')}</p>
      )}
      <p className="small objective-source mb-0">
        <SourceText source={objective.source} />
      </p>
    </article>
  );
}

/** The 2020 figures in euros, each with a bar against the largest, the numbers written in full. */
function BudgetTable({ id, budget }: { id: string; budget: Budget }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const largest = Math.max(...BUDGET_LINES.map((line) => budget[line]));
  if (largest === 0) return <p className="small">{t('context.programmes.noBudget')}</p>;
  return (
    <table className="table table-sm budget-table small" aria-describedby={`${id}-note`}>
      <caption>{t('context.programmes.budget')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('context.programmes.budgetLine')}</th>
          <th scope="col" className="text-end">
            {t('context.programmes.euro')}
          </th>
          <th scope="col" className="budget-bar-column">
            <span className="visually-hidden">{t('context.programmes.bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {BUDGET_LINES.map((line) => (
          <tr key={line}>
            <th scope="row">{t(`context.programmes.budgetLines.${line}`)}</th>
            <td className="text-end text-nowrap">{formatNumber(budget[line], locale)}</td>
            <td className="budget-bar-column" aria-hidden="true">
              <span className="budget-bar" style={{ width: `${(budget[line] / largest) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} id={`${id}-note`} className="small budget-note">
            {t('context.programmes.budgetNote')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
