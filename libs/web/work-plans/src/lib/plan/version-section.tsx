import { paths, type WorkPlanVersionFieldsFragment } from '@piano2030/web-core';
import { ResultBadge } from '@piano2030/web-governance';
import { FormattedDate, SelectField } from '@piano2030/web-ui';
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CabinaMeeting } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { VersionStatusBadge } from '../shared/status-badges';
import { VersionChanges } from './version-changes';
import '../shared/plain-text.css';
import './version-section.css';

/**
 * Each proposal is a frozen version. The selector shows one at a time, with what the committee
 * wrote, what the Cabina said of it, and what changed from the version before; the activities
 * further down follow the version chosen here.
 */
export function VersionSection({
  versions,
  shown,
  onShow,
  reference,
  cabinaMeetings,
}: {
  versions: readonly WorkPlanVersionFieldsFragment[];
  shown: WorkPlanVersionFieldsFragment;
  onShow: (versionId: string) => void;
  reference: WorkPlanReference;
  cabinaMeetings: readonly CabinaMeeting[];
}) {
  const { t } = useTranslation();
  const latest = versions[versions.length - 1];
  const meeting = shown.meetingId
    ? cabinaMeetings.find((candidate) => candidate.id === shown.meetingId)
    : null;
  return (
    <section aria-labelledby="versions-title" className="mt-5">
      <h2 id="versions-title">{t('workPlans.versions.title')}</h2>
      {versions.length > 1 && (
        <div className="mt-5 col-lg-6">
          <SelectField
            id="version-select"
            label={t('workPlans.versions.select')}
            hint={t('workPlans.versions.selectHint')}
            value={shown.id}
            options={[...versions].reverse().map((version) => ({
              value: version.id,
              label: t(
                version.id === latest.id ? 'workPlans.versions.optionLatest' : 'workPlans.versions.option',
                {
                  number: version.number,
                  status: t(`workPlans.status.version.${version.status}`),
                },
              ),
            }))}
            onChange={(event) => onShow(event.target.value)}
          />
        </div>
      )}
      <article className="border rounded p-3 p-md-4" aria-labelledby="version-shown-title">
        <h3 id="version-shown-title" className="h4 d-flex flex-wrap align-items-center gap-2">
          {t('workPlans.versions.number', { number: shown.number })}
          <VersionStatusBadge status={shown.status} />
        </h3>
        <p className="plain-text">{shown.summary}</p>
        <dl className="row mb-0">
          {shown.proposedAt && (
            <>
              <dt className="col-sm-3">{t('workPlans.versions.proposed')}</dt>
              <dd className="col-sm-9">
                <FormattedDate value={shown.proposedAt} withTime />
                {shown.proposedBy && ` – ${shown.proposedBy.displayName}`}
                {shown.meetingId && (
                  <>
                    {' – '}
                    <Link to={paths.meeting(shown.meetingId)}>
                      {meeting ? meeting.title : t('workPlans.versions.meeting')}
                    </Link>
                  </>
                )}
              </dd>
            </>
          )}
          {shown.decision && (
            <>
              <dt className="col-sm-3">{t('workPlans.versions.decision')}</dt>
              <dd className="col-sm-9 d-flex flex-wrap align-items-center gap-2">
                <Link to={paths.meeting(shown.decision.meeting.id)}>
                  {t('workPlans.plan.facts.decision', { reference: shown.decision.reference })}
                </Link>
                <ResultBadge result={shown.decision.result} />
              </dd>
            </>
          )}
          {shown.returnedAt && (
            <>
              <dt className="col-sm-3">{t('workPlans.versions.returned')}</dt>
              <dd className="col-sm-9">
                <FormattedDate value={shown.returnedAt} withTime />
              </dd>
            </>
          )}
        </dl>
        {shown.remarks && (
          <Callout color="warning" className="mt-3 mb-4">
            <CalloutTitle>{t('workPlans.versions.remarks')}</CalloutTitle>
            <CalloutText className="plain-text">{shown.remarks}</CalloutText>
          </Callout>
        )}
        <h4 className="h5 mt-4">
          {shown.number > 1
            ? t('workPlans.versions.changesTitle', { number: shown.number - 1 })
            : t('workPlans.versions.changesFirstTitle')}
        </h4>
        {shown.number > 1 ? (
          <VersionChanges changes={shown.changesFromPrevious} reference={reference} />
        ) : (
          <p className="mb-0">{t('workPlans.versions.first')}</p>
        )}
      </article>
    </section>
  );
}
