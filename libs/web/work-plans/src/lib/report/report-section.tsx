import { paths, type WorkPlanAction, type WorkPlanPageQuery } from '@piano2030/web-core';
import { ResultBadge } from '@piano2030/web-governance';
import { FormattedDate } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { ReportStatusBadge } from '../shared/status-badges';
import { ReportData } from './report-data';
import { ReportEditor } from './report-editor';
import { ReportExports } from './report-exports';
import { SubmitReportForm } from './submit-report-form';
import '../shared/plain-text.css';

type Plan = WorkPlanPageQuery['workPlan'];

/**
 * The quarterly report, once the plan is closed: where it stands before the Cabina, the files,
 * the committee's text (editable while a draft) and the data it is assembled from.
 */
export function ReportSection({
  plan,
  capabilities,
  people,
  reference,
}: {
  plan: Plan;
  capabilities: ReadonlySet<WorkPlanAction>;
  people: WorkPlanPeople;
  reference: WorkPlanReference;
}) {
  const { t } = useTranslation();
  const [unsaved, setUnsaved] = useState(false);
  const submittedTo = plan.reportMeetingId
    ? people.cabinaMeetings.find((meeting) => meeting.id === plan.reportMeetingId)
    : undefined;
  return (
    <section aria-labelledby="report-title" className="mt-5">
      <h2 id="report-title">{t('workPlans.report.title')}</h2>
      <dl className="row">
        <dt className="col-sm-3">{t('workPlans.report.status')}</dt>
        <dd className="col-sm-9">
          <ReportStatusBadge status={plan.reportStatus} />
        </dd>
        {plan.reportMeetingId && (
          <>
            <dt className="col-sm-3">{t('workPlans.report.submittedTo')}</dt>
            <dd className="col-sm-9">
              <Link to={paths.meeting(plan.reportMeetingId)}>
                {submittedTo?.title ?? t('workPlans.versions.meeting')}
              </Link>
            </dd>
          </>
        )}
        {plan.reportDecision && (
          <>
            <dt className="col-sm-3">{t('workPlans.report.decision')}</dt>
            <dd className="col-sm-9 d-flex flex-wrap align-items-center gap-2">
              <Link to={paths.meeting(plan.reportDecision.meeting.id)}>
                {t('workPlans.plan.facts.decision', { reference: plan.reportDecision.reference })}
              </Link>
              <FormattedDate value={plan.reportDecision.decidedAt} />
              <ResultBadge result={plan.reportDecision.result} />
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t('workPlans.report.files')}</dt>
        <dd className="col-sm-9">
          <ReportExports workPlanId={plan.id} quarter={plan.period.label} />
        </dd>
      </dl>

      {capabilities.has('EDIT_REPORT') ? (
        <div className="p-4 border border-primary rounded">
          <ReportEditor plan={plan} onDirtyChange={setUnsaved} />
          {capabilities.has('SUBMIT_REPORT') && (
            <SubmitReportForm plan={plan} meetings={people.openCabinaMeetings} unsaved={unsaved} />
          )}
        </div>
      ) : (
        <ReportText plan={plan} />
      )}

      {plan.report && (
        <section aria-labelledby="report-data-title" className="mt-5">
          <h3 id="report-data-title">{t('workPlans.report.dataTitle')}</h3>
          <ReportData report={plan.report} reference={reference} />
        </section>
      )}
    </section>
  );
}

function ReportText({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="h4">{t('workPlans.report.introduction')}</h3>
      <p className="plain-text">{plan.reportIntroduction || t('workPlans.report.notWritten')}</p>
      <h3 className="h4">{t('workPlans.report.nextSteps')}</h3>
      <p className="plain-text">{plan.reportNextSteps || t('workPlans.report.notWritten')}</p>
    </>
  );
}
