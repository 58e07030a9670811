import { paths } from '@piano2030/web-core';
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The report as files, in the interface language; plain links, since the API serves them. */
export function ReportExports({ workPlanId, quarter }: { workPlanId: string; quarter: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  return (
    <ul className="list-inline mb-0">
      {(['pdf', 'csv'] as const).map((format) => (
        <li key={format} className="list-inline-item me-3">
          <a href={paths.workPlanReport(workPlanId, format, language)} download>
            <Icon icon="it-download" size="sm" color="primary" className="me-1" aria-hidden />
            {t(`workPlans.report.download.${format}`, { quarter })}
          </a>
        </li>
      ))}
    </ul>
  );
}
