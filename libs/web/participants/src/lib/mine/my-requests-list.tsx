import type { MyRepresentationFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { RepresentationStatusBadge } from '../shared/status-badge';

/** One's requests, newest first: organisation, role, status and, when refused or revoked, why. */
export function MyRequestsList({
  representations,
}: {
  representations: readonly MyRepresentationFieldsFragment[];
}) {
  const { t } = useTranslation();
  if (!representations.length) return <p>{t('participants.mine.listEmpty')}</p>;
  return (
    <ul className="list-unstyled participants-list">
      {representations.map((representation) => (
        <li key={representation.id} className="border rounded p-3">
          <h3 className="h5 mb-2">{representation.organisation.name}</h3>
          <p className="mb-2">
            <RepresentationStatusBadge status={representation.status} />
          </p>
          <dl className="row mb-0">
            <dt className="col-sm-4">{t('participants.fields.category')}</dt>
            <dd className="col-sm-8">
              {t(`participants.categories.${representation.organisation.category}`)}
            </dd>
            <dt className="col-sm-4">{t('participants.fields.role')}</dt>
            <dd className="col-sm-8">{representation.title}</dd>
            <dt className="col-sm-4">{t('participants.fields.requestedOn')}</dt>
            <dd className="col-sm-8">
              <FormattedDate value={representation.requestedAt} />
            </dd>
            {representation.decidedAt && (
              <>
                <dt className="col-sm-4">{t('participants.fields.decidedOn')}</dt>
                <dd className="col-sm-8">
                  <FormattedDate value={representation.decidedAt} />
                </dd>
              </>
            )}
            {representation.decisionReason && (
              <>
                <dt className="col-sm-4">{t('participants.fields.reason')}</dt>
                <dd className="col-sm-8">{representation.decisionReason}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
