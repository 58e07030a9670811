import { useQuery } from '@apollo/client/react';
import type { InterventionPageQuery } from '@piano2030/web-core';
import { ErrorState, FormattedDate, LoadingState, SelectField } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../shared/money';
import { InterventionStatusBadge } from '../shared/status-badge';
import { useLocale } from '../shared/use-locale';
import { DiffView, type DiffNames } from './diff-view';
import { InterventionDiffQueryDocument } from './intervention-page.documents';

type Version = InterventionPageQuery['interventionVersions'][number];

/**
 * Every saved version (who, when, why, and the money it planned), and what changed between any
 * two of them: by default the version before the latest and the latest.
 */
export function VersionsSection({
  interventionId,
  versions,
  names,
}: {
  interventionId: string;
  versions: readonly Version[];
  names: DiffNames;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0]?.version ?? 1;
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  // Until someone picks, the comparison follows the latest version, also when a new one appears.
  const { from, to } = chosen ?? { from: Math.max(1, latest - 1), to: latest };
  const options = newestFirst.map((version) => ({
    value: String(version.version),
    label: t('interventions.versions.option', {
      version: version.version,
      status: t(`interventions.status.${version.status}`),
    }),
  }));
  const diff = useQuery(InterventionDiffQueryDocument, {
    variables: { id: interventionId, fromVersion: from, toVersion: to },
    skip: newestFirst.length < 2 || from === to,
  });
  const captionId = 'int-versions-caption';

  return (
    <section aria-labelledby="int-versions-title" className="mt-5">
      <h2 id="int-versions-title" className="h3">
        {t('interventions.versions.title')}
      </h2>
      <div className="table-responsive int-scroll">
        <table className="table table-sm align-top int-versions-table">
          <caption id={captionId} className="caption-top">
            {t('interventions.versions.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('interventions.versions.version')}</th>
              <th scope="col">{t('interventions.versions.status')}</th>
              <th scope="col">{t('interventions.versions.author')}</th>
              <th scope="col">{t('interventions.versions.when')}</th>
              <th scope="col">{t('interventions.versions.reason')}</th>
              <th scope="col" className="text-end">
                {t('interventions.versions.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  <InterventionStatusBadge status={version.status} />
                </td>
                <td>{version.authorName}</td>
                <td className="text-nowrap">
                  <FormattedDate value={version.createdAt} withTime month="short" />
                </td>
                <td className="int-reason-cell">
                  {version.reason ?? <em>{t('interventions.versions.noReason')}</em>}
                </td>
                <td className="text-end text-nowrap">{formatEuro(version.totalResources, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="h4 mt-4" id="int-diff-title">
        {t('interventions.diff.title')}
      </h3>
      {newestFirst.length < 2 ? (
        <p>{t('interventions.diff.onlyOne')}</p>
      ) : (
        <>
          <div className="row mt-5">
            <div className="col-sm-6">
              <SelectField
                id="int-diff-from"
                label={t('interventions.diff.from')}
                value={String(from)}
                options={options}
                onChange={(event) => setChosen({ from: Number(event.target.value), to })}
              />
            </div>
            <div className="col-sm-6">
              <SelectField
                id="int-diff-to"
                label={t('interventions.diff.to')}
                value={String(to)}
                options={options}
                onChange={(event) => setChosen({ from, to: Number(event.target.value) })}
              />
            </div>
          </div>
          <p className="fw-semibold" role="status" aria-live="polite" aria-atomic="true">
            {from === to
              ? t('interventions.diff.same')
              : diff.data
                ? t('interventions.diff.between', {
                    from,
                    to,
                    count: diff.data.interventionDiff.changes.length,
                  })
                : ''}
          </p>
          {from !== to && diff.data && (
            <DiffView changes={diff.data.interventionDiff.changes} names={names} />
          )}
          {from !== to && !diff.data && diff.error && <ErrorState onRetry={() => void diff.refetch()} />}
          {from !== to && !diff.data && !diff.error && <LoadingState />}
        </>
      )}
    </section>
  );
}
