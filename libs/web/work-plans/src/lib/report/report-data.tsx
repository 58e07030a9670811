import { ACTIVITY_STATUSES, type ActivityStatus } from '@piano2030/shared-domain';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';

type Report = NonNullable<WorkPlanPageQuery['workPlan']['report']>;

const isActivityStatus = (value: string): value is ActivityStatus =>
  (ACTIVITY_STATUSES as readonly string[]).includes(value);
const RESULTS = ['APPROVED', 'REJECTED', 'NO_QUORUM'] as const;
const isResult = (value: string): value is (typeof RESULTS)[number] =>
  (RESULTS as readonly string[]).includes(value);

/**
 * What the report says from the data: live while a draft, frozen once submitted. The activities
 * done, late and carried over, then the Cabina's decisions of the quarter.
 */
export function ReportData({ report, reference }: { report: Report; reference: WorkPlanReference }) {
  const { t } = useTranslation();
  const count = (status: ActivityStatus) =>
    report.activities.filter((activity) => activity.status === status).length;
  const carried = report.activities.filter((activity) => activity.carriedOver).length;
  const statusName = (status: string) =>
    isActivityStatus(status) ? t(`workPlans.status.activity.${status}`) : status;
  return (
    <>
      <p className="mb-2">
        {t('workPlans.report.assembledOn')} <FormattedDate value={report.assembledOn} />
      </p>
      <ul className="list-inline fw-semibold">
        <li className="list-inline-item me-4">{t('workPlans.report.done', { count: count('DONE') })}</li>
        <li className="list-inline-item me-4">{t('workPlans.report.late', { count: count('LATE') })}</li>
        <li className="list-inline-item">{t('workPlans.report.carried', { count: carried })}</li>
      </ul>
      <div className="table-responsive">
        <Table className="align-top">
          <caption className="visually-hidden">{t('workPlans.report.activitiesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workPlans.gantt.activity')}</th>
              <th scope="col">{t('workPlans.activity.fields.phaseCode')}</th>
              <th scope="col">{t('workPlans.activity.fields.areaCode')}</th>
              <th scope="col">{t('workPlans.activity.fields.ownerId')}</th>
              <th scope="col">{t('workPlans.activity.fields.dueOn')}</th>
              <th scope="col">{t('workPlans.gantt.status')}</th>
              <th scope="col">{t('workPlans.gantt.progress')}</th>
              <th scope="col">{t('workPlans.report.carriedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.activities.map((activity, index) => (
              <tr
                key={`${activity.title}-${index}`}
                className={activity.status === 'LATE' ? 'table-danger' : undefined}
              >
                <th scope="row">{activity.title}</th>
                <td>{reference.phaseName(activity.phaseCode)}</td>
                <td>{reference.areaName(activity.areaCode)}</td>
                <td>{activity.owner}</td>
                <td className="text-nowrap">
                  <FormattedDate value={activity.dueOn} month="short" />
                </td>
                <td>{statusName(activity.status)}</td>
                <td>{activity.progress}%</td>
                <td>{activity.carriedOver ? t('workPlans.report.yes') : t('workPlans.report.no')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <h4 className="h5 mt-4">{t('workPlans.report.decisionsTitle')}</h4>
      {report.decisions.length === 0 ? (
        <p>{t('workPlans.report.noDecisions')}</p>
      ) : (
        <div className="table-responsive">
          <Table className="align-top">
            <caption className="visually-hidden">{t('workPlans.report.decisionsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workPlans.report.decisionColumns.reference')}</th>
                <th scope="col">{t('workPlans.report.decisionColumns.date')}</th>
                <th scope="col">{t('workPlans.report.decisionColumns.title')}</th>
                <th scope="col">{t('workPlans.report.decisionColumns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {report.decisions.map((decision) => (
                <tr key={decision.reference}>
                  <th scope="row" className="text-nowrap">
                    {decision.reference}
                  </th>
                  <td className="text-nowrap">
                    <FormattedDate value={decision.decidedAt} month="short" />
                  </td>
                  <td>{decision.title}</td>
                  <td>
                    {isResult(decision.result) ? t(`governance.results.${decision.result}`) : decision.result}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
