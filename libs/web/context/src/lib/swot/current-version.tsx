import { Callout, CalloutTitle } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotSnapshot } from './swot-draft';
import { EvidenceList, WeightDots } from './swot-item-parts';

/** The item as someone else left it, shown in the form after a refusal over a stale version. */
export function CurrentVersion({
  current,
  headingId,
  children,
}: {
  current: SwotSnapshot & { version: number };
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Callout tag="section" color="warning" className="mt-0 mb-4 swot-current" aria-labelledby={headingId}>
      <CalloutTitle id={headingId} tag="h5" className="h6">
        {t('context.swot.conflict.current', { version: current.version })}
      </CalloutTitle>
      <dl className="row small mb-2">
        <dt className="col-sm-3">{t('context.swot.fields.quadrant')}</dt>
        <dd className="col-sm-9">{t(`context.swot.quadrants.${current.quadrant}`)}</dd>
        <dt className="col-sm-3">{t('context.swot.fields.text')}</dt>
        <dd className="col-sm-9 plain-text">{current.text}</dd>
        <dt className="col-sm-3">{t('context.swot.fields.weight')}</dt>
        <dd className="col-sm-9">
          <WeightDots weight={current.weight} />
        </dd>
        <dt className="col-sm-3">{t('context.swot.fields.evidence')}</dt>
        <dd className="col-sm-9">
          {current.evidence.length ? (
            <EvidenceList evidence={current.evidence} />
          ) : (
            t('context.swot.noEvidence')
          )}
        </dd>
      </dl>
      {children}
    </Callout>
  );
}
