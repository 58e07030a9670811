import { useQuery } from '@apollo/client/react';
import type { InterventionRowFragment } from '@piano2030/web-core';
import { ErrorState, LoadingState, StatusMessage, focusSoon } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRegister } from '../register/use-register';
import { InterventionPrioritiesQueryDocument } from '../shared/interventions.documents';
import { formatEuro } from '../shared/money';
import { newInterventionPath, registerPath } from '../shared/register-path';
import { InterventionStatusBadge } from '../shared/status-badge';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { useStrategyStanding } from '../shared/use-strategy-standing';
import { PriorityForm, type Priority } from './priority-form';
import { paths } from '@piano2030/web-core';

type Row = InterventionRowFragment;

export interface PrioritiesSectionProps {
  /** The area, e.g. "PS6". */
  areaCode: string;
  /** List each priority's interventions under it (the area page); the register shows them in its table. */
  withInterventions?: boolean;
  /** The section's heading level; priorities get the next one. 2 by default. */
  headingLevel?: 2 | 3;
}

/**
 * An area's strategic priorities, in order, each with the guidelines it serves and, on the area
 * page, its interventions; a link to the register filtered by the area. Committee members add and
 * change priorities here; whoever may draft starts a new intervention under a priority.
 */
export function PrioritiesSection({
  areaCode,
  withInterventions = false,
  headingLevel = 2,
}: PrioritiesSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reference = useInterventionReference();
  const standing = useStrategyStanding();
  const priorities = useQuery(InterventionPrioritiesQueryDocument, { variables: { areaCode } });
  const interventions = useRegister({ areaCode }, { skip: !withInterventions });
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const manage = standing.may('MANAGE_PRIORITIES', areaCode);
  const draft = standing.may('DRAFT_INTERVENTION', areaCode);
  const list = [...(priorities.data?.priorities ?? [])].sort((a, b) => a.position - b.position);
  const rows = interventions.rows ?? [];
  const H = headingLevel === 3 ? 'h3' : 'h2';
  const H2 = headingLevel === 3 ? 'h4' : 'h3';
  const titleId = `int-priorities-${areaCode}`;
  const refresh = () => priorities.refetch();
  const finish = (message: string | null, focusId: string) => {
    setEditing(null);
    if (message) setAnnouncement(message);
    focusSoon(focusId);
  };

  return (
    <section aria-labelledby={titleId} className="mt-5">
      <H id={titleId} className={withInterventions ? undefined : 'h4'}>
        {withInterventions ? t('interventions.priorities.areaTitle') : t('interventions.priorities.title')}
      </H>
      <p>{t('interventions.priorities.intro')}</p>
      <StatusMessage message={announcement} className="mb-3" />
      {!priorities.data && priorities.error && <ErrorState onRetry={() => void refresh()} />}
      {!priorities.data && !priorities.error && <LoadingState />}
      {priorities.data && list.length === 0 && <p>{t('interventions.priorities.none')}</p>}
      {list.length > 0 && (
        <ol className="list-unstyled int-priorities">
          {list.map((priority) => (
            <li key={priority.id} className="border rounded p-3 mb-3">
              <PriorityItem
                priority={priority}
                heading={H2}
                rows={withInterventions ? rows.filter((row) => row.priorityId === priority.id) : null}
                loadingRows={withInterventions && !interventions.rows}
                guidelineTitle={reference.guidelineTitle}
                manage={manage}
                draft={draft}
                locale={locale}
                editing={editing === priority.id}
                onEdit={() => setEditing(priority.id)}
              >
                <PriorityForm
                  areaCode={areaCode}
                  priority={priority}
                  guidelines={reference.guidelines}
                  idPrefix={`int-priority-${priority.id}`}
                  refresh={refresh}
                  onDone={(message) => finish(message, `int-priority-edit-${priority.id}`)}
                />
              </PriorityItem>
            </li>
          ))}
        </ol>
      )}
      {manage &&
        (editing === 'new' ? (
          <PriorityForm
            areaCode={areaCode}
            guidelines={reference.guidelines}
            idPrefix={`int-priority-new-${areaCode}`}
            headingLevel={headingLevel === 3 ? 4 : 3}
            refresh={refresh}
            onDone={(message) => finish(message, `int-priority-add-${areaCode}`)}
          />
        ) : (
          <Button
            id={`int-priority-add-${areaCode}`}
            type="button"
            color="primary"
            outline
            onClick={() => setEditing('new')}
          >
            {t('interventions.priorities.add')}
          </Button>
        ))}
      <p className="mt-4 d-flex flex-wrap gap-3">
        <Link to={registerPath({ area: areaCode })}>
          {t('interventions.priorities.toRegister', { area: areaCode })}
        </Link>
        <Link to={`${paths.interventionResources}?ambito=${encodeURIComponent(areaCode)}`}>
          {t('interventions.priorities.toResources')}
        </Link>
      </p>
    </section>
  );
}

function PriorityItem({
  priority,
  heading: Heading,
  rows,
  loadingRows,
  guidelineTitle,
  manage,
  draft,
  locale,
  editing,
  onEdit,
  children,
}: {
  priority: Priority;
  heading: 'h3' | 'h4';
  rows: Row[] | null;
  loadingRows: boolean;
  guidelineTitle: (code: string) => string;
  manage: boolean;
  draft: boolean;
  locale: string;
  editing: boolean;
  onEdit: () => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby={`int-priority-title-${priority.id}`}>
      <Heading id={`int-priority-title-${priority.id}`} className="h5">
        {t('interventions.priorities.heading', { position: priority.position, title: priority.title })}
      </Heading>
      {priority.description && <p className="int-plain-text mb-2">{priority.description}</p>}
      {priority.guidelineCodes.length > 0 && (
        <p className="small mb-2">
          <span className="fw-semibold">{t('interventions.priorities.fields.guidelineCodes')}:</span>{' '}
          {priority.guidelineCodes.map((code) => `${code} – ${guidelineTitle(code)}`).join('; ')}
        </p>
      )}
      {rows && (
        <>
          {loadingRows ? (
            <LoadingState />
          ) : rows.length === 0 ? (
            <p className="mb-2">
              <em>{t('interventions.priorities.noInterventions')}</em>
            </p>
          ) : (
            <ul className="list-unstyled mb-2">
              {rows.map((row) => (
                <li key={row.id} className="d-flex flex-wrap align-items-center gap-2 py-1 border-top">
                  <Link to={paths.intervention(row.id)}>
                    <span className="fw-semibold">{row.reference}</span> {row.title}
                  </Link>
                  <InterventionStatusBadge status={row.status} />
                  <span className="text-nowrap">{formatEuro(row.totalResources, locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <Link
          className="btn btn-link btn-sm ps-0"
          to={registerPath({ area: priority.areaCode, priority: priority.id })}
        >
          {t('interventions.priorities.inRegister', { title: priority.title })}
        </Link>
        {draft && (
          <Link
            className="btn btn-outline-primary btn-sm"
            to={newInterventionPath(priority.areaCode, priority.id)}
          >
            {t('interventions.priorities.newIntervention')}
            <span className="visually-hidden"> – {priority.title}</span>
          </Link>
        )}
        {manage && !editing && (
          <Button
            id={`int-priority-edit-${priority.id}`}
            type="button"
            color="primary"
            outline
            size="sm"
            onClick={onEdit}
          >
            {t('interventions.priorities.edit')}
            <span className="visually-hidden"> – {priority.title}</span>
          </Button>
        )}
      </div>
      {editing && children}
    </article>
  );
}
