import { SWOT_LIMITS, type SwotItemStatus } from '@piano2030/shared-domain';
import type { SwotItemFieldsFragment } from '@piano2030/web-core';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { indicatorAnchor } from '../indicators/indicator-anchor';
import { useSwotActions } from './swot-context';

type Evidence = SwotItemFieldsFragment['evidence'][number];

/** The weight as filled dots, and the same in words for screen readers ("4 su 5"). */
export function WeightDots({ weight }: { weight: number }) {
  const { t } = useTranslation();
  const dots = Array.from({ length: SWOT_LIMITS.weightMax }, (_, index) => index < weight);
  return (
    <span className="swot-weight">
      <span aria-hidden="true" className="swot-weight-dots">
        {dots.map((filled, index) => (
          <span key={index} className={filled ? 'swot-dot swot-dot-filled' : 'swot-dot'} />
        ))}
      </span>
      <span className="visually-hidden">
        {t('context.swot.weightValue', { weight, max: SWOT_LIMITS.weightMax })}
      </span>
    </span>
  );
}

const STATUS_COLOR: Record<SwotItemStatus, string> = {
  DRAFT: 'secondary',
  PUBLISHED: 'success',
  WITHDRAWN: 'dark',
};

export function SwotStatusBadge({ status }: { status: SwotItemStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]}>{t(`context.swot.status.${status}`)}</Badge>;
}

/**
 * What backs an item: an indicator links to its series on this page, a document to its address,
 * a contribution is named. Each entry says its kind in words.
 */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  const { series } = useSwotActions();
  return (
    <ul className="swot-evidence list-unstyled mb-0">
      {evidence.map((entry, index) => {
        const kind = t(`context.swot.evidenceKinds.${entry.kind}`);
        let content;
        if (entry.kind === 'INDICATOR') {
          const shown = series.find((one) => one.code === entry.reference);
          const text = entry.label || shown?.title || entry.reference;
          content = shown ? <Link to={{ hash: `#${indicatorAnchor(entry.reference)}` }}>{text}</Link> : text;
        } else if (entry.kind === 'DOCUMENT') {
          content = <a href={entry.reference}>{entry.label || hostOf(entry.reference)}</a>;
        } else {
          content = entry.label || entry.reference;
        }
        return (
          <li key={`${index}-${entry.reference}`}>
            <span className="swot-evidence-kind">{kind}:</span> {content}
          </li>
        );
      })}
    </ul>
  );
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}
