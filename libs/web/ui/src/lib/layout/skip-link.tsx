import { SkiplinkItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * First focusable element of every page: jumps over the header straight to the page's own content,
 * which is focusable (tabindex -1) so the browser moves focus there, not only the scroll position.
 * The kit's Skiplink container drops its children unless it is a nav, hence the plain wrapper.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <div className="skiplinks">
      <SkiplinkItem href={`#${MAIN_CONTENT_ID}`}>{t('layout.skipToContent')}</SkiplinkItem>
    </div>
  );
}
