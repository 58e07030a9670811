import { RESOURCE_GROUPINGS, type ResourceGrouping } from '@piano2030/shared-domain';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './grouping-tabs.css';

export const tabId = (grouping: ResourceGrouping) => `int-tab-${grouping}`;
export const PANEL_ID = 'int-grouping-panel';

/**
 * The four groupings as tabs (WAI-ARIA pattern, automatic activation): Tab reaches the chosen one,
 * arrows, Home and End move between them and show the grouping at once.
 */
export function GroupingTabs({
  chosen,
  onChoose,
  children,
}: {
  chosen: ResourceGrouping;
  onChoose: (grouping: ResourceGrouping) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = RESOURCE_GROUPINGS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % RESOURCE_GROUPINGS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % RESOURCE_GROUPINGS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    onChoose(RESOURCE_GROUPINGS[next]);
    document.getElementById(tabId(RESOURCE_GROUPINGS[next]))?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t('interventions.rollups.tabsLabel')} className="nav nav-tabs int-tabs">
        {RESOURCE_GROUPINGS.map((grouping, index) => {
          const selected = grouping === chosen;
          return (
            <button
              key={grouping}
              id={tabId(grouping)}
              type="button"
              role="tab"
              className={`nav-link${selected ? ' active' : ''}`}
              aria-selected={selected}
              aria-controls={PANEL_ID}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChoose(grouping)}
              onKeyDown={(event) => move(event, index)}
            >
              {t(`interventions.rollups.by.${grouping}`)}
            </button>
          );
        })}
      </div>
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(chosen)} className="pt-4 int-tabpanel">
        {children}
      </div>
    </>
  );
}
