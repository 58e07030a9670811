import type { SwotAnalysisFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { SWOT_EDITION_ID } from './swot-context';

type Edition = SwotAnalysisFieldsFragment['editions'][number];

function EditionLine({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  return (
    <>
      {t('context.swot.editions.published', { edition: edition.edition })}{' '}
      <FormattedDate value={edition.publishedAt} />{' '}
      {t('context.swot.editions.by', { name: edition.publishedByName })}{' '}
      {t('context.swot.editions.items', { count: edition.itemCount })}
      {edition.note && (
        <>
          {' – '}
          <span className="plain-text fw-normal">{edition.note}</span>
        </>
      )}
    </>
  );
}

/** Which edition the public reads ("Edizione 2 pubblicata il … da …"), and the earlier ones. */
export function SwotEditions({ editions }: { editions: readonly Edition[] }) {
  const { t } = useTranslation();
  const [latest, ...earlier] = editions;
  return (
    <div className="swot-editions">
      <p id={SWOT_EDITION_ID} tabIndex={-1} className="fw-semibold mb-1">
        {latest ? <EditionLine edition={latest} /> : t('context.swot.editions.none')}
      </p>
      {earlier.length > 0 && (
        <details className="small">
          <summary>{t('context.swot.editions.earlier', { count: earlier.length })}</summary>
          <ul className="mt-2 mb-0">
            {earlier.map((edition) => (
              <li key={edition.edition}>
                <EditionLine edition={edition} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
