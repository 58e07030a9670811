import { ErrorState, LiveIndicator, LoadingState, focusSoon } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { ContributionItem, contributionElementId } from './contribution-item';
import { useThreadContext } from './thread-context';
import type { LiveThreads } from './use-live-threads';
import './threads.css';

/**
 * The consultation's threads: root contributions oldest first, a page at a time ("Carica altri"),
 * newcomers appended at the end (marked as new, and announced politely), the live status.
 */
export function ThreadsSection({ threads, count }: { threads: LiveThreads; count: number }) {
  const { t } = useTranslation();
  const { state } = useThreadContext();
  const [loading, setLoading] = useState(false);
  const [loadMessage, setLoadMessage] = useState('');
  const roots = state.roots;
  const shown = roots ? [...roots.ids, ...roots.extra] : [];
  const loaded = roots !== null;
  // While older pages are still to load, what arrived since sits after them, past the button.
  const split = !!roots?.hasNextPage && roots.extra.length > 0;

  // A link to one contribution (from "my contributions", a shared address): bring it in and go there.
  const { hash } = useLocation();
  const target = /^#contributo-([\w-]+)$/.exec(hash)?.[1] ?? null;
  const reveal = useEffectEvent((id: string) => threads.reveal(id));
  useEffect(() => {
    if (!loaded || !target) return;
    let current = true;
    void reveal(target).then((found) => {
      if (!current) return;
      if (!found) {
        setLoadMessage(t('consultations.thread.linkedNotFound'));
        return;
      }
      setTimeout(() => {
        const element = document.getElementById(contributionElementId(target));
        element?.scrollIntoView?.({ block: 'start' });
        element?.focus({ preventScroll: true });
      }, 0);
    });
    return () => {
      current = false;
    };
  }, [loaded, target, t]);

  const more = async () => {
    if (loading || !roots) return;
    setLoading(true);
    setLoadMessage('');
    try {
      const added = (await threads.loadMore(null)).filter((id) => !shown.includes(id));
      setLoadMessage(t('consultations.thread.loaded', { count: added.length }));
      if (added[0]) focusSoon(contributionElementId(added[0]));
    } catch {
      setLoadMessage(t('consultations.thread.loadFailed'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section id="contributi" aria-labelledby="cons-threads-title" className="mt-5" tabIndex={-1}>
      <div className="d-flex flex-wrap align-items-baseline gap-3">
        <h2 id="cons-threads-title" className="h3 mb-0">
          {t('consultations.thread.title')}{' '}
          <span className="fw-normal text-secondary-emphasis">({count})</span>
        </h2>
        <LiveIndicator status={threads.liveStatus} />
      </div>
      <p className="small mt-2">{t('consultations.thread.order')}</p>
      <p role="status" aria-live="polite" aria-atomic="true" className="cons-arrivals small fw-semibold">
        {state.arrivals > 0 ? t('consultations.thread.arrivals', { count: state.arrivals }) : ''}
      </p>
      {!roots && threads.failed && <ErrorState onRetry={threads.retry} />}
      {!roots && !threads.failed && <LoadingState />}
      {roots && shown.length === 0 && (
        <div className="cons-empty p-4 rounded">
          <p className="mb-0">{t('consultations.thread.empty')}</p>
        </div>
      )}
      {roots && shown.length > 0 && (
        <ol className="list-unstyled cons-thread-list">
          {(split ? roots.ids : shown).map((id) => (
            <ContributionItem key={id} id={id} headingLevel={3} />
          ))}
        </ol>
      )}
      {roots?.hasNextPage && (
        <p className="mt-3">
          <Button color="primary" outline onClick={() => void more()} aria-disabled={loading}>
            {t('consultations.thread.more')}{' '}
            <span className="fw-normal">
              {t('consultations.thread.shownOf', { shown: shown.length, total: roots.totalCount })}
            </span>
          </Button>
        </p>
      )}
      <p role="status" aria-live="polite" className="small">
        {loading ? t('consultations.thread.loading') : loadMessage}
      </p>
      {split && (
        <>
          <p className="small fw-semibold mt-4 mb-2">{t('consultations.thread.newestAfterUnloaded')}</p>
          <ol className="list-unstyled cons-thread-list">
            {roots.extra.map((id) => (
              <ContributionItem key={id} id={id} headingLevel={3} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
