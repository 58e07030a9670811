import { useQuery } from '@apollo/client/react';
import type { SwotItemFieldsFragment } from '@piano2030/web-core';
import { ErrorState, FormattedDate, LoadingState, SelectField } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiffChanges } from './diff-changes';
import { swotItemId } from './swot-context';
import { SwotItemDiffQueryDocument, SwotItemVersionsQueryDocument } from './swot.documents';
import './swot-diff.css';

/**
 * An item's versions, newest first: who, when, why. Below, what changed between any two of them
 * (by default the previous and the latest), word by word for the text.
 */
export function ItemHistory({ item, panelId }: { item: SwotItemFieldsFragment; panelId: string }) {
  const { t } = useTranslation();
  const id = swotItemId(item.id);
  const { data, error, refetch } = useQuery(SwotItemVersionsQueryDocument, {
    variables: { id: item.id },
    fetchPolicy: 'cache-and-network',
  });
  const versions = data?.swotItemVersions ?? [];

  return (
    <section
      id={panelId}
      aria-labelledby={`${id}-history-heading`}
      className="swot-history mt-3 p-3 border rounded bg-white"
    >
      <h4 id={`${id}-history-heading`} tabIndex={-1} className="h6">
        {t('context.swot.history.title')}
      </h4>
      {!data && error && <ErrorState onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {versions.length > 0 && (
        <>
          <ol className="list-unstyled small swot-versions">
            {versions.map((version) => (
              <li key={version.version} className="mb-2">
                <span className="fw-semibold">
                  {t('context.swot.history.version', { version: version.version })}
                </span>
                {' · '}
                {t(`context.swot.status.${version.status}`)}
                {' · '}
                <FormattedDate value={version.createdAt} month="short" withTime />
                {version.authorName && <> · {version.authorName}</>}
                {version.reason && (
                  <span className="d-block">
                    {t('context.swot.history.reason')} <span className="plain-text">{version.reason}</span>
                  </span>
                )}
              </li>
            ))}
          </ol>
          {versions.length > 1 && (
            <VersionDiff itemId={item.id} prefix={id} versions={versions.map((v) => v.version)} />
          )}
        </>
      )}
    </section>
  );
}

function VersionDiff({ itemId, prefix, versions }: { itemId: string; prefix: string; versions: number[] }) {
  const { t } = useTranslation();
  const [latest, previous] = versions;
  const [fromVersion, setFrom] = useState(previous);
  const [toVersion, setTo] = useState(latest);
  const same = fromVersion === toVersion;
  const { data, error, refetch } = useQuery(SwotItemDiffQueryDocument, {
    variables: { id: itemId, fromVersion, toVersion },
    skip: same,
  });
  const options = versions.map((version) => ({
    value: String(version),
    label: t('context.swot.history.version', { version }),
  }));
  const diff = data?.swotItemDiff;
  const shown = diff && diff.fromVersion === fromVersion && diff.toVersion === toVersion ? diff : null;

  return (
    <div className="swot-diff mt-3">
      <h5 className="h6">{t('context.swot.diff.title')}</h5>
      <div className="row mt-4">
        <div className="col-sm-6">
          <SelectField
            id={`${prefix}-diff-from`}
            label={t('context.swot.diff.from')}
            value={String(fromVersion)}
            options={options}
            onChange={(event) => setFrom(Number(event.target.value))}
          />
        </div>
        <div className="col-sm-6">
          <SelectField
            id={`${prefix}-diff-to`}
            label={t('context.swot.diff.to')}
            value={String(toVersion)}
            options={options}
            onChange={(event) => setTo(Number(event.target.value))}
          />
        </div>
      </div>
      <div aria-live="polite">
        {same && <p className="small">{t('context.swot.diff.same')}</p>}
        {!same && error && <ErrorState onRetry={() => void refetch()} />}
        {!same && !error && !shown && <LoadingState />}
        {!same && shown && (
          <>
            <p className="visually-hidden">
              {t('context.swot.diff.summary', {
                from: fromVersion,
                to: toVersion,
                count: shown.changes.length,
              })}
            </p>
            <DiffChanges changes={shown.changes} />
          </>
        )}
      </div>
    </div>
  );
}
