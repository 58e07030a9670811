import { useApolloClient } from '@apollo/client/react';
import type { ModerationConsultationsQuery, ModerationQueueEntryFragment } from '@piano2030/web-core';
import { ErrorState, LoadingState, SelectField, StatusMessage } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModerationQueueQueryDocument } from './moderation.documents';
import { QueueItem, queueItemHeadingId } from './queue-item';
import { useFocusAfterRender } from './use-focus-after-render';

type Consultation = ModerationConsultationsQuery['consultations'][number];
const PAGE_SIZE = 20;
const ALL = 'ALL';
export const QUEUE_TITLE_ID = 'moderation-queue-title';

interface QueueState {
  items: ModerationQueueEntryFragment[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The queue, oldest first: each contribution with what its reporters said, and the decisions its
 * status allows. A decided contribution leaves the list; focus goes to the one that took its place
 * (or the one before, or the queue's heading when none is left), and the decision is announced.
 */
export function ModerationQueue({
  consultations,
  onDecided,
}: {
  consultations: readonly Consultation[];
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(ALL);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  return (
    <section aria-labelledby={QUEUE_TITLE_ID} className="mt-5">
      <h2 id={QUEUE_TITLE_ID} tabIndex={-1}>
        {t('consultationsAdmin.moderation.queueTitle')}
      </h2>
      <p>{t('consultationsAdmin.moderation.queueIntro')}</p>
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            id="moderation-filter"
            label={t('consultationsAdmin.moderation.filter')}
            value={filter}
            options={[
              { value: ALL, label: t('consultationsAdmin.moderation.allConsultations') },
              ...consultations.map((c) => ({ value: c.id, label: c.title })),
            ]}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      </div>
      <StatusMessage message={announcement} className="mb-3" />
      <QueueList
        key={filter}
        consultationId={filter === ALL ? null : filter}
        consultations={consultations}
        onDecided={(message) => {
          setAnnouncement(message);
          onDecided();
        }}
      />
    </section>
  );
}

function QueueList({
  consultationId,
  consultations,
  onDecided,
}: {
  consultationId: string | null;
  consultations: readonly Consultation[];
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [queue, setQueue] = useState<QueueState | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const focusLater = useFocusAfterRender();

  const load = useCallback(
    async (after: string | null) => {
      const { data } = await client.query({
        query: ModerationQueueQueryDocument,
        variables: { consultationId, first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('no data');
      return data.moderationQueue;
    },
    [client, consultationId],
  );

  const reload = useCallback(async () => {
    try {
      const page = await load(null);
      setQueue({
        items: page.nodes,
        total: page.totalCount,
        endCursor: page.endCursor,
        hasNextPage: page.hasNextPage,
      });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [load]);

  useEffect(() => {
    let live = true;
    load(null).then(
      (page) => {
        if (!live) return;
        setQueue({
          items: page.nodes,
          total: page.totalCount,
          endCursor: page.endCursor,
          hasNextPage: page.hasNextPage,
        });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [load]);

  const more = async () => {
    if (!queue?.endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await load(queue.endCursor);
      const first = page.nodes[0];
      setQueue(
        (current) =>
          current && {
            items: [
              ...current.items,
              ...page.nodes.filter(
                (n) => !current.items.some((i) => i.contribution.id === n.contribution.id),
              ),
            ],
            total: page.totalCount,
            endCursor: page.endCursor,
            hasNextPage: page.hasNextPage,
          },
      );
      if (first) focusLater(queueItemHeadingId(first.contribution.id));
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  /** Takes a decided contribution out of the list and puts focus where the reader can go on. */
  const remove = (id: string, message: string) => {
    if (!queue) return;
    const index = queue.items.findIndex((item) => item.contribution.id === id);
    const items = queue.items.filter((item) => item.contribution.id !== id);
    const total = Math.max(0, queue.total - 1);
    setQueue({ ...queue, items, total });
    onDecided(`${message} ${t('consultationsAdmin.moderation.left', { count: total })}`);
    const next = items[index] ?? items[index - 1];
    focusLater(next ? queueItemHeadingId(next.contribution.id) : QUEUE_TITLE_ID);
  };

  const titleOf = (id: string) => consultations.find((c) => c.id === id)?.title ?? '';

  if (!queue) return failed ? <ErrorState onRetry={() => void reload()} /> : <LoadingState />;
  return (
    <>
      <p className="fw-semibold">{t('consultationsAdmin.moderation.count', { count: queue.total })}</p>
      {queue.items.length === 0 ? (
        <p>{t('consultationsAdmin.moderation.empty')}</p>
      ) : (
        <ul className="list-unstyled moderation-list">
          {queue.items.map((entry) => (
            <QueueItem
              key={entry.contribution.id}
              entry={entry}
              consultationTitle={titleOf(entry.contribution.consultationId)}
              hideAfter={
                consultations.find((c) => c.id === entry.contribution.consultationId)?.settings
                  .hideAfterReports
              }
              onDecided={(message) => remove(entry.contribution.id, message)}
            />
          ))}
        </ul>
      )}
      {queue.hasNextPage && (
        <Button
          type="button"
          color="primary"
          outline
          aria-disabled={loadingMore || undefined}
          onClick={() => void more()}
        >
          {t('consultationsAdmin.moderation.more')}
        </Button>
      )}
    </>
  );
}
