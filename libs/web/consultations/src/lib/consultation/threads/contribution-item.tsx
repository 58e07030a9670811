import { useMutation } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS, isWithinEditWindow } from '@piano2030/shared-domain';
import { ActionAlert, FormattedDate, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { KindBadge } from '../../shared/badges';
import { ContributionBody } from '../../shared/contribution-body';
import { DispositionView } from '../../shared/disposition-view';
import { Composer } from './composer';
import { contributionFeedback } from './contribution-errors';
import { EditForm } from './edit-form';
import { ReportDialog } from './report-dialog';
import { RevisionsPanel } from './revisions-panel';
import { useThreadContext } from './thread-context';
import type { Contribution } from './thread-store';
import { SupportContributionMutationDocument, WithdrawSupportMutationDocument } from './threads.documents';

type Panel = 'reply' | 'edit' | 'history' | null;

/** Where a contribution is on the page: its permalink target. */
export const contributionElementId = (id: string) => `contributo-${id}`;

/** Who speaks: the person's public name, and the organisation when they spoke for one. */
export function speakerName(contribution: Pick<Contribution, 'author'>): string {
  return contribution.author.organisationName ?? contribution.author.name;
}

/**
 * One contribution: kind, who, when, whether edited; its text as the reader may see it (a
 * placeholder once hidden, one's own pending or refused with its note); what it points at; the
 * committee's published answer; supports, replies, reporting and, for its author, editing within
 * the window. Replies load when asked for, level by level, down to the third.
 */
export function ContributionItem({ id, headingLevel }: { id: string; headingLevel: 3 | 4 | 5 }) {
  const { t } = useTranslation();
  const context = useThreadContext();
  const { state, signedIn, canWrite, open, now, own } = context;
  const contribution = state.nodes[id];
  const [panel, setPanel] = useState<Panel>(null);
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [support, supporting] = useMutation(SupportContributionMutationDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawSupportMutationDocument);
  if (!contribution) return null;

  const c = contribution;
  const element = contributionElementId(c.id);
  const Heading = `h${headingLevel}` as const;
  const published = c.status === 'PUBLISHED';
  const mine = c.viewerIsAuthor;
  const canReply = canWrite && published && c.depth < CONTRIBUTION_LIMITS.maxDepth;
  const canSupport = signedIn && open && published && !mine;
  const canReport = signedIn && published && !mine;
  const canEdit =
    mine &&
    c.body !== null &&
    c.status !== 'REJECTED' &&
    isWithinEditWindow(new Date(c.createdAt), new Date(now));
  const anchor = c.anchor ? context.anchorTarget(c.anchor) : null;
  const disposition = c.disposition?.status === 'PUBLISHED' ? c.disposition : null;
  const speaker = speakerName(c);
  const about = (
    <span className="visually-hidden"> – {t('consultations.contribution.of', { name: speaker })}</span>
  );

  const toggle = (next: Panel, focusId?: string) => {
    setMessage(null);
    setPanel((shown) => (shown === next ? null : next));
    if (panel !== next && focusId) focusSoon(focusId);
  };

  const toggleSupport = async () => {
    if (supporting.loading || withdrawing.loading) return;
    reset();
    setMessage(null);
    try {
      const result = c.viewerSupports
        ? (await withdraw({ variables: { id: c.id } })).data?.withdrawSupport
        : (await support({ variables: { id: c.id } })).data?.supportContribution;
      if (!result) return;
      own(result);
      setMessage(
        result.viewerSupports
          ? t('consultations.contribution.supported', { count: result.supportCount })
          : t('consultations.contribution.withdrawn', { count: result.supportCount }),
      );
    } catch (error) {
      fail(contributionFeedback(error, t, []));
    }
  };

  return (
    <li id={element} tabIndex={-1} className={`cons-contribution cons-depth-${c.depth}`}>
      <article aria-labelledby={`${element}-title`} className="cons-contribution-card">
        <Heading id={`${element}-title`} className="h6 mb-1 d-flex flex-wrap align-items-center gap-2">
          <KindBadge kind={c.kind} />
          <span>
            {c.author.organisationName
              ? t('consultations.contribution.forOrganisation', {
                  name: c.author.name,
                  organisation: c.author.organisationName,
                })
              : c.author.name}
          </span>
          {mine && <span className="badge cons-badge-outline">{t('consultations.contribution.yours')}</span>}
          {state.fresh[c.id] && <Badge color="warning">{t('consultations.contribution.new')}</Badge>}
        </Heading>
        <p className="small text-secondary-emphasis mb-2 d-flex flex-wrap gap-2 align-items-center">
          <FormattedDate value={c.createdAt} withTime month="short" />
          {c.editedAt && (
            <>
              <span aria-hidden="true">·</span>
              <span>
                {t('consultations.contribution.edited')}{' '}
                <FormattedDate value={c.editedAt} withTime month="short" />
              </span>
              <Button
                color="link"
                size="xs"
                className="p-0 cons-inline-button"
                aria-expanded={panel === 'history'}
                aria-controls={`${element}-history`}
                onClick={() => toggle('history', `${element}-history`)}
              >
                {panel === 'history'
                  ? t('consultations.contribution.hideRevisions')
                  : t('consultations.contribution.showRevisions')}
                {about}
              </Button>
            </>
          )}
          <span aria-hidden="true">·</span>
          <a href={`#${element}`} className="cons-permalink">
            {t('consultations.contribution.permalink')}
            {about}
          </a>
        </p>

        <StatusNote contribution={c} />
        {anchor && (
          <p className="small mb-2">
            {t('consultations.contribution.about')}{' '}
            {!anchor.href ? (
              anchor.label
            ) : anchor.onPage ? (
              <a href={anchor.href}>{anchor.label}</a>
            ) : (
              <Link to={anchor.href}>{anchor.label}</Link>
            )}
          </p>
        )}
        {c.body !== null && panel !== 'edit' && <ContributionBody body={c.body} className="mb-2" />}
        {panel === 'edit' && (
          <EditForm
            contribution={c}
            onCancel={() => {
              setPanel(null);
              focusSoon(`${element}-edit`);
            }}
            onSaved={(saved) => {
              own(saved);
              setPanel(null);
              setMessage(t('consultations.contribution.saved'));
              focusSoon(`${element}-edit`);
            }}
          />
        )}
        {panel === 'history' && <RevisionsPanel contributionId={c.id} id={`${element}-history`} />}
        {disposition && <DispositionView disposition={disposition} className="mt-2 mb-2" />}

        <div className="cons-actions d-flex flex-wrap align-items-center gap-2 mt-2">
          {canSupport ? (
            <Button
              color="primary"
              outline={!c.viewerSupports}
              size="xs"
              aria-pressed={c.viewerSupports}
              onClick={() => void toggleSupport()}
            >
              {c.viewerSupports && <span aria-hidden="true">✓ </span>}
              {t('consultations.contribution.support')}
              {about}
            </Button>
          ) : null}
          <span className="small cons-support-count">
            {t('consultations.contribution.supports', { count: c.supportCount })}
          </span>
          {canReply && (
            <Button
              id={`${element}-reply`}
              color="primary"
              outline
              size="xs"
              aria-expanded={panel === 'reply'}
              onClick={() => toggle('reply', `${element}-reply-body`)}
            >
              {t('consultations.contribution.reply')}
              {about}
            </Button>
          )}
          {canEdit && (
            <Button
              id={`${element}-edit`}
              color="primary"
              outline
              size="xs"
              aria-expanded={panel === 'edit'}
              onClick={() => toggle('edit', `edit-${c.id}-body`)}
            >
              {t('consultations.contribution.edit')}
              {about}
            </Button>
          )}
          {canReport && (
            <Button
              id={`${element}-report`}
              color="danger"
              outline
              size="xs"
              onClick={() => setReporting(true)}
            >
              {t('consultations.contribution.report')}
              {about}
            </Button>
          )}
        </div>
        <ActionAlert feedback={feedback} alertRef={alertRef} className="mt-2" />
        <div role="status" aria-live="polite" className="small">
          {message && <p className="mt-2 mb-0 fw-semibold">{message}</p>}
        </div>
        {canReport && (
          <ReportDialog
            contribution={c}
            isOpen={reporting}
            rules={context.rules}
            onClose={() => setReporting(false)}
            onReported={(reported) => {
              own(reported);
              setReporting(false);
              setMessage(t('consultations.report.sent'));
            }}
          />
        )}

        {panel === 'reply' && (
          <div className="mt-3">
            <Composer
              target={context.composerTarget}
              parent={c}
              idPrefix={`${element}-reply`}
              onCancel={() => {
                setPanel(null);
                focusSoon(`${element}-reply`);
              }}
              onPosted={(reply) => {
                own(reply);
                setPanel(null);
                void showReplies(context, c.id).then(() => {
                  context.setOpen(c.id, true);
                  focusSoon(contributionElementId(reply.id));
                });
              }}
            />
          </div>
        )}
        <Replies
          contribution={c}
          headingLevel={headingLevel}
          open={!!state.open[c.id]}
          setOpen={(open) => context.setOpen(c.id, open)}
        />
      </article>
    </li>
  );
}

/** Makes sure a contribution's replies are loaded (after one replies, to show the reply in place). */
async function showReplies(context: ReturnType<typeof useThreadContext>, parentId: string) {
  if (!context.state.replies[parentId]) await context.loadReplies(parentId).catch(() => undefined);
}

/** Where the contribution stands, when it is not simply public: said in words, with the moderator's reason. */
function StatusNote({ contribution: c }: { contribution: Contribution }) {
  const { t } = useTranslation();
  if (c.status === 'PUBLISHED') return null;
  const reason = c.moderationReason;
  return (
    <div className={`cons-status-note cons-status-${c.status.toLowerCase()} small mb-2 p-2 rounded`}>
      <p className="mb-0">{t(`consultations.contribution.statusNote.${c.status}`)}</p>
      {reason && (
        <p className="mb-0 mt-1">
          {t('consultations.contribution.moderationReason')} <span className="cons-plain-text">{reason}</span>
        </p>
      )}
    </div>
  );
}

/** "Mostra N risposte": the replies of a contribution, read on demand, page after page. */
function Replies({
  contribution: c,
  headingLevel,
  open,
  setOpen,
}: {
  contribution: Contribution;
  headingLevel: 3 | 4 | 5;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const context = useThreadContext();
  const level = context.state.replies[c.id];
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const listId = `${contributionElementId(c.id)}-replies`;
  const shown = level ? [...level.ids, ...level.extra] : [];
  const visible = open && !!level;
  if (c.replyCount === 0 && shown.length === 0) return null;

  const toggle = async () => {
    if (loading) return;
    setFailed(false);
    if (visible) {
      setOpen(false);
      return;
    }
    if (!level) {
      setLoading(true);
      try {
        await context.loadReplies(c.id);
      } catch {
        setFailed(true);
        return;
      } finally {
        setLoading(false);
      }
    }
    setOpen(true);
  };
  const more = async () => {
    setLoading(true);
    setFailed(false);
    try {
      const added = await context.loadMore(c.id);
      const first = added.find((id) => !shown.includes(id));
      if (first) focusSoon(contributionElementId(first));
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  const count = Math.max(c.replyCount, shown.length);
  const next = Math.min(headingLevel + 1, 5) as 3 | 4 | 5;
  return (
    <div className="cons-replies-block mt-2">
      <Button
        color="link"
        size="xs"
        className="ps-0"
        aria-expanded={visible}
        aria-controls={listId}
        onClick={() => void toggle()}
      >
        {visible
          ? t('consultations.contribution.hideReplies', { count })
          : t('consultations.contribution.showReplies', { count })}
        <span className="visually-hidden">
          {' '}
          – {t('consultations.contribution.of', { name: speakerName(c) })}
        </span>
      </Button>
      <div role="status" aria-live="polite" className="small">
        {loading
          ? t('consultations.contribution.loadingReplies')
          : failed
            ? t('consultations.thread.loadFailed')
            : ''}
      </div>
      <ol id={listId} className="list-unstyled cons-replies" hidden={!visible}>
        {visible &&
          shown.map((replyId) => <ContributionItem key={replyId} id={replyId} headingLevel={next} />)}
      </ol>
      {visible && level?.hasNextPage && (
        <Button color="primary" outline size="xs" onClick={() => void more()}>
          {t('consultations.contribution.moreReplies', {
            count: Math.max(0, level.totalCount - shown.length),
          })}
        </Button>
      )}
    </div>
  );
}
