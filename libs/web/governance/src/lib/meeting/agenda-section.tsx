import { paths, type BodyAction, type MeetingPageQuery } from '@piano2030/web-core';
import { FormattedDate, StatusMessage } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReferenceNames } from '../reference/use-reference-names';
import { ExpertOpinionForm } from './expert-opinion-form';
import { OpenVoteForm } from './open-vote-form';
import { VotePanel } from './vote-panel';

type AgendaItem = MeetingPageQuery['meeting']['agenda'][number];

/** The agenda in order; under each item its votes, the experts' opinions and what the viewer may do. */
export function AgendaSection({
  agenda,
  capabilities,
  isExpert,
  names,
}: {
  agenda: readonly AgendaItem[];
  capabilities: ReadonlySet<BodyAction>;
  isExpert: boolean;
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  if (agenda.length === 0) return <p>{t('governance.meeting.agenda.empty')}</p>;
  const items = [...agenda].sort((a, b) => a.position - b.position);
  return (
    <ol className="list-unstyled">
      {items.map((item) => (
        <li key={item.id} className="mb-4">
          <AgendaItemCard item={item} capabilities={capabilities} isExpert={isExpert} names={names} />
        </li>
      ))}
    </ol>
  );
}

function AgendaItemCard({
  item,
  capabilities,
  isExpert,
  names,
}: {
  item: AgendaItem;
  capabilities: ReadonlySet<BodyAction>;
  isExpert: boolean;
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  const titleId = `agenda-item-${item.id}`;
  const hasOpenVote = item.votes.some((vote) => vote.status === 'OPEN');
  return (
    <article className="p-3 p-md-4 rounded border agenda-item" aria-labelledby={titleId}>
      <p className="text-uppercase fw-semibold text-secondary small mb-1">
        {t('governance.meeting.agenda.item', { position: item.position })}
      </p>
      <h3 id={titleId} tabIndex={-1} className="h5">
        {item.title}
      </h3>
      {item.description && <p>{item.description}</p>}
      <dl className="row small mb-2">
        <dt className="col-sm-3">{t('governance.meeting.agenda.subject')}</dt>
        <dd className="col-sm-9">{t(`governance.subjects.${item.subjectKind}`)}</dd>
        {item.subjectReference && (
          <>
            <dt className="col-sm-3">{t('governance.meeting.agenda.reference')}</dt>
            <dd className="col-sm-9">
              <SubjectReference kind={item.subjectKind} reference={item.subjectReference} />
            </dd>
          </>
        )}
        {item.areaCode && (
          <>
            <dt className="col-sm-3">{t('governance.meeting.agenda.area')}</dt>
            <dd className="col-sm-9">{names.area(item.areaCode)}</dd>
          </>
        )}
        {item.phaseCode && (
          <>
            <dt className="col-sm-3">{t('governance.meeting.agenda.phase')}</dt>
            <dd className="col-sm-9">{names.phase(item.phaseCode)}</dd>
          </>
        )}
      </dl>
      {item.votes.map((vote) => (
        <VotePanel
          key={vote.id}
          vote={vote}
          canCast={capabilities.has('CAST_VOTE')}
          canClose={capabilities.has('CLOSE_VOTE')}
        />
      ))}
      {capabilities.has('OPEN_VOTE') && !hasOpenVote && (
        <OpenVoteForm agendaItemId={item.id} position={item.position} onOpened={setOpened} />
      )}
      <StatusMessage message={opened} />
      {item.opinions.length > 0 && (
        <>
          <h4 className="h6 mt-4">{t('governance.meeting.opinions.title')}</h4>
          <ul className="list-unstyled">
            {item.opinions.map((opinion) => (
              <li key={opinion.id} className="border-start border-3 border-primary ps-3 mb-3">
                <p className="mb-1 fw-semibold">
                  {t('governance.meeting.opinions.by', { name: opinion.expert.displayName })}
                  {', '}
                  <FormattedDate value={opinion.createdAt} withTime month="short" />
                </p>
                <p className="mb-0 minutes-text">{opinion.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {isExpert && <ExpertOpinionForm agendaItemId={item.id} />}
    </article>
  );
}

/** Work plans and their reports put themselves on the agenda by id: that becomes a link to the plan. */
function SubjectReference({ kind, reference }: { kind: AgendaItem['subjectKind']; reference: string }) {
  const { t } = useTranslation();
  if (kind === 'WORK_PLAN')
    return <Link to={paths.workPlan(reference)}>{t('governance.meeting.agenda.workPlanLink')}</Link>;
  if (kind === 'WORK_PLAN_REPORT') {
    return <Link to={paths.workPlan(reference)}>{t('governance.meeting.agenda.workPlanReportLink')}</Link>;
  }
  return <>{reference}</>;
}
