import { useQuery } from '@apollo/client/react';
import { SEARCH_LIMITS } from '@piano2030/shared-domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedText } from './highlighted-text';
import { hitPath } from './hit-path';
import { SimilarContributionsQueryDocument } from './search.documents';

/** How long the text must rest before asking: one query per pause, not per keystroke. */
export const SIMILAR_DEBOUNCE_MS = 600;

/**
 * Published contributions of the consultation that resemble what the person is writing, so they
 * can support or answer one instead of repeating it. Quiet until the draft has some substance;
 * announced politely, never moving focus away from the text being typed.
 */
export function SimilarContributions({ consultationId, text }: { consultationId: string; text: string }) {
  const { t } = useTranslation();
  const settled = useSettled(text.trim(), SIMILAR_DEBOUNCE_MS);
  const { data } = useQuery(SimilarContributionsQueryDocument, {
    variables: { consultationId, text: settled },
    skip: settled.length < SEARCH_LIMITS.draftMin,
  });
  const hits = settled.length >= SEARCH_LIMITS.draftMin ? (data?.similarContributions ?? []) : [];
  return (
    <div role="status" aria-live="polite" className="similar-contributions">
      {hits.length > 0 && (
        <details className="border rounded p-2 mb-3">
          <summary>{t('search.similar.summary', { count: hits.length })}</summary>
          <p className="small mt-2 mb-2">{t('search.similar.hint')}</p>
          <ul className="mb-0">
            {hits.map((hit) => (
              <li key={hit.id} className="mb-2">
                <a href={hitPath(hit)} target="_blank" rel="noopener noreferrer">
                  <HighlightedText segments={hit.excerpt} />
                </a>{' '}
                <span className="small text-secondary">({t('search.similar.opensInNewTab')})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
