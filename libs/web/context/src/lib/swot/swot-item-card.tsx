import { ContributionsThatShaped } from '@piano2030/web-consultations';
import type { SwotItemFieldsFragment } from '@piano2030/web-core';
import { FormattedDate, focusSoon, StatusMessage } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemHistory } from './item-history';
import { swotItemId, useSwotActions } from './swot-context';
import { EvidenceList, SwotStatusBadge, WeightDots } from './swot-item-parts';
import { EditSwotItemForm } from './swot-item-form';
import { WithdrawSwotItem } from './withdraw-swot-item';

type Panel = 'edit' | 'history' | 'shaped' | null;

/** A short form of the item's text, for buttons that must say which item they act on. */
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * One item: its text, weight and evidence; for insiders its state. Who may change it edits it
 * here, the committee withdraws it; anyone reads its versions once it has more than one.
 */
export function SwotItemCard({ item }: { item: SwotItemFieldsFragment }) {
  const { t } = useTranslation();
  const { canDraft, canPublish } = useSwotActions();
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<string | null>(null);
  const id = swotItemId(item.id);
  const withdrawn = item.status === 'WITHDRAWN';
  const editable = item.status === 'DRAFT' ? canDraft : item.status === 'PUBLISHED' && canPublish;
  const about = <span className="visually-hidden"> – {excerpt(item.text)}</span>;
  const toggle = (next: Panel, focus: string) => {
    setMessage(null);
    setPanel((shown) => (shown === next ? null : next));
    if (panel !== next) focusSoon(focus);
  };

  return (
    <li id={id} tabIndex={-1} className={`swot-item${withdrawn ? ' swot-item-withdrawn' : ''}`}>
      <p className="swot-item-text plain-text mb-2">{item.text}</p>
      <p className="swot-item-meta small mb-2">
        <span className="me-1">{t('context.swot.fields.weight')}</span>
        <WeightDots weight={item.weight} />
        {item.status !== 'PUBLISHED' && <SwotStatusBadge status={item.status} />}
        {item.status !== 'PUBLISHED' && item.author && (
          <span>{t('context.swot.draftedBy', { name: item.author.displayName })}</span>
        )}
        {item.status !== 'PUBLISHED' && (
          <span>
            {t('context.swot.updated')} <FormattedDate value={item.updatedAt} month="short" />
          </span>
        )}
      </p>
      {item.evidence.length > 0 && (
        <div className="small mb-2">
          <EvidenceList evidence={item.evidence} />
        </div>
      )}
      <div className="d-flex flex-wrap gap-2 swot-item-actions">
        {editable && panel !== 'edit' && (
          <Button
            id={`${id}-edit`}
            color="primary"
            outline
            size="xs"
            onClick={() => toggle('edit', `swot-edit-${item.id}-text`)}
          >
            {t('context.swot.edit')}
            {about}
          </Button>
        )}
        {item.version > 1 && (
          <Button
            id={`${id}-history`}
            color="primary"
            outline
            size="xs"
            aria-expanded={panel === 'history'}
            aria-controls={`${id}-history-panel`}
            onClick={() => toggle('history', `${id}-history-heading`)}
          >
            {t('context.swot.history.open')}
            {about}
          </Button>
        )}
        {item.status !== 'DRAFT' && (
          <Button
            id={`${id}-shaped`}
            color="primary"
            outline
            size="xs"
            aria-expanded={panel === 'shaped'}
            aria-controls={`${id}-shaped-panel`}
            onClick={() => toggle('shaped', `shaped-${item.id}`)}
          >
            {t('consultationsAdmin.shaped.open')}
            {about}
          </Button>
        )}
        {canPublish && !withdrawn && panel !== 'edit' && <WithdrawSwotItem item={item} about={about} />}
      </div>
      {panel === 'edit' && (
        <EditSwotItemForm
          item={item}
          onDone={(result) => {
            setPanel(null);
            setMessage(result);
            focusSoon(`${id}-edit`);
          }}
        />
      )}
      {panel === 'history' && <ItemHistory item={item} panelId={`${id}-history-panel`} />}
      {panel === 'shaped' && (
        <div id={`${id}-shaped-panel`}>
          <ContributionsThatShaped swotItemId={item.id} headingLevel={4} />
        </div>
      )}
      <StatusMessage message={message} />
    </li>
  );
}
