import { useApolloClient } from '@apollo/client/react';
import { paths, type SwotQuadrant } from '@piano2030/web-core';
import { useEffect, useState } from 'react';
import { excerpt, swotItemPath } from '../shared/disposition-view';
import { ConsultationScopeAreaQueryDocument } from './consultation-page.documents';

export interface ScopeIntervention {
  id: string;
  reference: string;
  title: string;
  areaCode: string;
}

export interface ScopeSwotItem {
  id: string;
  areaCode: string;
  quadrant: SwotQuadrant;
  text: string;
}

export interface ConsultationScope {
  interventions: ScopeIntervention[];
  swotItems: ScopeSwotItem[];
  /** Still reading the areas' registers. */
  loading: boolean;
}

interface ScopeRequest {
  areaCodes: readonly string[];
  interventionIds: readonly string[];
  swotItemIds: readonly string[];
}

const EMPTY: ConsultationScope = { interventions: [], swotItems: [], loading: false };

/**
 * The interventions and SWOT items a consultation is about, with their names: each belongs to one
 * of the consultation's areas, so each area's register and SWOT are read (usually one or two).
 */
export function useConsultationScope({
  areaCodes,
  interventionIds,
  swotItemIds,
}: ScopeRequest): ConsultationScope {
  const client = useApolloClient();
  const wanted = interventionIds.length + swotItemIds.length > 0;
  const key = [areaCodes.join(','), interventionIds.join(','), swotItemIds.join(',')].join('|');
  const [found, setFound] = useState<{ key: string; scope: ConsultationScope } | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const [areas, interventions, swot] = key.split('|').map((list) => (list ? list.split(',') : []));
    Promise.all(
      areas.map((areaCode) =>
        client
          .query({ query: ConsultationScopeAreaQueryDocument, variables: { areaCode } })
          .then(({ data }) => data)
          .catch(() => undefined),
      ),
    ).then((answers) => {
      if (!current) return;
      const allInterventions = answers.flatMap((data) => data?.interventions ?? []);
      const allItems = answers.flatMap((data) => data?.swot.items ?? []);
      setFound({
        key,
        scope: {
          loading: false,
          interventions: interventions.flatMap((id) => allInterventions.filter((one) => one.id === id)),
          swotItems: swot.flatMap((id) => allItems.filter((one) => one.id === id)),
        },
      });
    });
    return () => {
      current = false;
    };
  }, [client, key, wanted]);

  if (!wanted) return EMPTY;
  return found?.key === key ? found.scope : { ...EMPTY, loading: true };
}

/** A question of the document, as an anchor ("domanda-2") and as the id of its place on the page. */
export const questionRef = (index: number) => `domanda-${index + 1}`;

export interface AnchorTarget {
  label: string;
  href: string;
  /** A place on this page (a question), rather than another page. */
  onPage: boolean;
  /* An empty href: a paragraph the page has no place for, named only. */
}

/** Where a contribution's anchor leads, and how it is named; null when it names nothing known. */
export function anchorTarget(
  anchor: { kind: string; ref: string },
  scope: ConsultationScope,
  names: {
    question: (number: number) => string;
    paragraph: (ref: string) => string;
    quadrant: (q: string) => string;
  },
): AnchorTarget | null {
  if (anchor.kind === 'INTERVENTION') {
    const intervention = scope.interventions.find((one) => one.id === anchor.ref);
    return intervention
      ? {
          label: `${intervention.reference} – ${intervention.title}`,
          href: paths.intervention(intervention.id),
          onPage: false,
        }
      : null;
  }
  if (anchor.kind === 'SWOT_ITEM') {
    const item = scope.swotItems.find((one) => one.id === anchor.ref);
    return item
      ? {
          label: `${names.quadrant(item.quadrant)}: ${excerpt(item.text, 70)}`,
          href: swotItemPath(item.areaCode, item.id),
          onPage: false,
        }
      : null;
  }
  const question = /^domanda-(\d+)$/.exec(anchor.ref);
  if (question) return { label: names.question(Number(question[1])), href: `#${anchor.ref}`, onPage: true };
  return { label: names.paragraph(anchor.ref), href: '', onPage: true };
}
