import { paths, type DispositionFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OutcomeBadge } from './badges';

/** Where an area's SWOT item sits on its area's page. */
export const swotItemPath = (areaCode: string, id: string) => `${paths.area(areaCode)}#swot-item-${id}`;

/** A short form of a long text, for links that name what they lead to. */
export const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The committee's answer to a contribution: its outcome, the reasons, and where the plan changed
 * because of it (the intervention or SWOT item, with the version that carries the change).
 */
export function DispositionView({
  disposition,
  className = '',
}: {
  disposition: DispositionFieldsFragment;
  className?: string;
}) {
  const { t } = useTranslation();
  const { intervention, swotItem } = disposition;
  return (
    <div className={`cons-disposition ${className}`.trim()}>
      <p className="cons-disposition-title mb-2 d-flex flex-wrap align-items-center gap-2">
        <strong>
          {disposition.official ? t('consultations.answer.official') : t('consultations.answer.prepared')}
        </strong>
        <OutcomeBadge outcome={disposition.outcome} />
        {disposition.publishedAt && (
          <span className="small">
            {t('consultations.answer.publishedOn')}{' '}
            <FormattedDate value={disposition.publishedAt} month="short" />
          </span>
        )}
      </p>
      <p className="cons-plain-text mb-2">{disposition.reasons}</p>
      {intervention && (
        <p className="mb-1">
          {t('consultations.answer.intervention')}{' '}
          <Link to={paths.intervention(intervention.id)}>
            {intervention.reference} – {intervention.title}
          </Link>
          {disposition.interventionVersion != null && (
            <> ({t('consultations.answer.version', { version: disposition.interventionVersion })})</>
          )}
        </p>
      )}
      {swotItem && (
        <p className="mb-1">
          {t('consultations.answer.swotItem', {
            quadrant: t(`consultations.quadrant.${swotItem.quadrant}`, { defaultValue: swotItem.quadrant }),
          })}{' '}
          <Link to={swotItemPath(swotItem.areaCode, swotItem.id)}>{excerpt(swotItem.text)}</Link>
          {disposition.swotItemVersion != null && (
            <> ({t('consultations.answer.version', { version: disposition.swotItemVersion })})</>
          )}
        </p>
      )}
    </div>
  );
}
