import { useQuery } from '@apollo/client/react';
import { paths, type ShapingContributionFragment } from '@piano2030/web-core';
import { ErrorState, FormattedDate, LoadingState } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ContributionBody } from '../shared/contribution-body';
import { KindLabel, OfficialLabel, OutcomeLabel } from './badges';
import { ContributionsThatShapedQueryDocument } from './traceability.documents';
import './traceability.css';

const PAGE_SIZE = 10;
/** Long contributions are quoted, not reproduced: the consultation's page has them whole. */
const EXCERPT_MAX = 400;

type HeadingLevel = 2 | 3 | 4 | 5;

export type ContributionsThatShapedProps = (
  { interventionId: string; swotItemId?: never } | { swotItemId: string; interventionId?: never }
) & {
  /** The level of the section's heading, to fit the page it sits in (2 by default). */
  headingLevel?: HeadingLevel;
};

/** The first words of a contribution, cut at a word and marked as cut. */
export function excerptOf(body: string, max = EXCERPT_MAX): string {
  if ([...body].length <= max) return body;
  const cut = [...body].slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord || cut}…`;
}

/**
 * "Contributi che l'hanno modificato": the published answers of the Comitato operativo that link
 * to an intervention (or a SWOT item), each with what the person or organisation wrote (rendered as
 * text with its safe formatting, never as markup), the outcome and its reasons, the consultation it
 * came from, and the version that carries the change.
 */
export function ContributionsThatShaped(props: ContributionsThatShapedProps) {
  const { t } = useTranslation();
  const { interventionId, swotItemId, headingLevel = 2 } = props;
  const target = interventionId ? { interventionId } : { swotItemId };
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, refetch } = useQuery(ContributionsThatShapedQueryDocument, {
    variables: { ...target, first: PAGE_SIZE },
  });
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const headingId = `shaped-${interventionId ?? swotItemId}`;
  const page = data?.contributionsThatShaped;
  const titles = new Map((data?.consultations ?? []).map((c) => [c.id, c.title]));
  const what = interventionId ? 'intervention' : 'swotItem';

  return (
    <section aria-labelledby={headingId} className={`cons-shaped ${headingLevel === 2 ? 'mt-5' : 'mt-3'}`}>
      <Heading id={headingId} className={headingLevel === 2 ? 'h3' : 'h6'} tabIndex={-1}>
        {t(`consultationsAdmin.shaped.title_${what}`)}
      </Heading>
      {!page && error && <ErrorState onRetry={() => void refetch()} />}
      {!page && !error && <LoadingState />}
      {page && page.totalCount === 0 && <p>{t(`consultationsAdmin.shaped.none_${what}`)}</p>}
      {page && page.totalCount > 0 && (
        <>
          <p>{t(`consultationsAdmin.shaped.intro_${what}`, { count: page.totalCount })}</p>
          <ol className="list-unstyled cons-shaped-list">
            {page.nodes.map((contribution) => (
              <ShapingItem
                key={contribution.id}
                contribution={contribution}
                title={titles.get(contribution.consultationId)}
                Sub={Sub}
              />
            ))}
            {after.map((cursor) => (
              <MorePage key={cursor} target={target} after={cursor} titles={titles} Sub={Sub} />
            ))}
          </ol>
          {page.hasNextPage && after.length === 0 && page.endCursor && (
            <Button
              type="button"
              color="primary"
              outline
              size="sm"
              onClick={() => setAfter([page.endCursor as string])}
            >
              {t('consultationsAdmin.shaped.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** A further page, asked for with "show more"; it offers the next one in turn. */
function MorePage({
  target,
  after,
  titles,
  Sub,
}: {
  target: { interventionId?: string; swotItemId?: string };
  after: string;
  titles: Map<string, string>;
  Sub: 'h3';
}) {
  const { t } = useTranslation();
  const [next, setNext] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(ContributionsThatShapedQueryDocument, {
    variables: { ...target, first: PAGE_SIZE, after },
  });
  const page = data?.contributionsThatShaped;
  if (!page) {
    return <li>{error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />}</li>;
  }
  return (
    <>
      {page.nodes.map((contribution, index) => (
        <ShapingItem
          key={contribution.id}
          contribution={contribution}
          title={titles.get(contribution.consultationId)}
          Sub={Sub}
          focusFirst={index === 0}
        />
      ))}
      {next && <MorePage target={target} after={next} titles={titles} Sub={Sub} />}
      {page.hasNextPage && !next && page.endCursor && (
        <li>
          <Button type="button" color="primary" outline size="sm" onClick={() => setNext(page.endCursor)}>
            {t('consultationsAdmin.shaped.more')}
          </Button>
        </li>
      )}
    </>
  );
}

function ShapingItem({
  contribution,
  title,
  Sub,
  focusFirst = false,
}: {
  contribution: ShapingContributionFragment;
  title: string | undefined;
  Sub: 'h3';
  focusFirst?: boolean;
}) {
  const { t } = useTranslation();
  const { author, disposition } = contribution;
  const speaker = author.organisationName
    ? t('consultationsAdmin.shaped.forOrganisation', {
        name: author.name,
        organisation: author.organisationName,
      })
    : author.name;
  const itemHeadingId = `shaped-item-${contribution.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The first item of a page asked for with "show more" takes focus: the button it replaces is gone.
  useEffect(() => {
    if (focusFirst) headingRef.current?.focus();
  }, [focusFirst]);
  return (
    <li className="cons-shaped-item">
      <article aria-labelledby={itemHeadingId}>
        <Sub
          id={itemHeadingId}
          className="h6 d-flex flex-wrap align-items-center gap-2 mb-2"
          tabIndex={-1}
          ref={headingRef}
        >
          <KindLabel kind={contribution.kind} />
          <span>{speaker}</span>
          <span className="fw-normal small">
            <FormattedDate value={contribution.createdAt} month="short" />
          </span>
        </Sub>
        {contribution.body ? (
          <blockquote className="cons-shaped-quote mb-3">
            <ContributionBody body={excerptOf(contribution.body)} />
          </blockquote>
        ) : (
          <p className="fst-italic">{t('consultationsAdmin.shaped.noText')}</p>
        )}
        {disposition && (
          <div className="cons-shaped-answer">
            <p className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <span className="fw-semibold">{t('consultationsAdmin.shaped.answer')}</span>
              <OutcomeLabel outcome={disposition.outcome} />
              {disposition.official && <OfficialLabel />}
              {disposition.publishedAt && (
                <span className="small">
                  {t('consultationsAdmin.shaped.publishedOn')}{' '}
                  <FormattedDate value={disposition.publishedAt} month="short" />
                </span>
              )}
            </p>
            <p className="cons-plain-text mb-2">{disposition.reasons}</p>
            <p className="small mb-0">
              {disposition.intervention && disposition.interventionVersion != null && (
                <>
                  {t('consultationsAdmin.shaped.interventionVersion', {
                    reference: disposition.intervention.reference,
                    version: disposition.interventionVersion,
                  })}{' '}
                </>
              )}
              {disposition.swotItem && disposition.swotItemVersion != null && (
                <>
                  {t('consultationsAdmin.shaped.swotItemVersion', {
                    version: disposition.swotItemVersion,
                  })}{' '}
                </>
              )}
              <Link to={paths.consultation(contribution.consultationId)}>
                {title
                  ? t('consultationsAdmin.shaped.fromConsultation', { title })
                  : t('consultationsAdmin.shaped.toConsultation')}
              </Link>
            </p>
          </div>
        )}
      </article>
    </li>
  );
}
