import { paths, type ExpertsQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Badge, Card } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReferenceNames } from '../reference/use-reference-names';

type Engagement = ExpertsQuery['experts'][number];

/** The experts the Cabina called on: scope, dates, the decision behind it and the public declaration. */
export function BodyExperts({ experts, names }: { experts: readonly Engagement[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  if (experts.length === 0) return <p>{t('governance.body.experts.empty')}</p>;
  return (
    <ul className="row g-4 list-unstyled">
      {experts.map((engagement) => (
        <li key={engagement.id} className="col-12 col-lg-6">
          <Card tag="article" className="rounded shadow-sm my-0" fullHeight>
            <h3 className="it-card-title h5">{engagement.person.displayName}</h3>
            <div className="it-card-body">
              <p>
                <Badge color={engagement.active ? 'success' : 'secondary'}>
                  {engagement.active
                    ? t('governance.body.experts.active')
                    : t('governance.body.experts.inactive')}
                </Badge>
              </p>
              <dl className="mb-0">
                {engagement.theme && (
                  <>
                    <dt>{t('governance.body.experts.theme')}</dt>
                    <dd>{engagement.theme}</dd>
                  </>
                )}
                {engagement.phaseCodes.length > 0 && (
                  <>
                    <dt>{t('governance.body.experts.phases')}</dt>
                    <dd>{engagement.phaseCodes.map(names.phase).join(', ')}</dd>
                  </>
                )}
                {engagement.areaCodes.length > 0 && (
                  <>
                    <dt>{t('governance.body.experts.areas')}</dt>
                    <dd>{engagement.areaCodes.map(names.area).join(', ')}</dd>
                  </>
                )}
                <dt>{t('governance.body.experts.period')}</dt>
                <dd>
                  <FormattedDate value={engagement.startsOn} month="short" />
                  {' – '}
                  <FormattedDate value={engagement.endsOn} month="short" />
                </dd>
                {engagement.endedOn && (
                  <>
                    <dt>{t('governance.body.experts.endedOn')}</dt>
                    <dd>
                      <FormattedDate value={engagement.endedOn} month="short" />
                    </dd>
                  </>
                )}
                <dt>{t('governance.body.experts.engagedBy')}</dt>
                <dd>
                  <Link to={paths.meeting(engagement.decision.meeting.id)}>
                    {engagement.decision.reference} – {engagement.decision.title}
                  </Link>
                </dd>
                <dt>{t('governance.body.experts.declaration')}</dt>
                <dd className="mb-0">{engagement.declarationOfInterest}</dd>
              </dl>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
