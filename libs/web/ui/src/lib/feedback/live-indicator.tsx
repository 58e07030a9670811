import { useTranslation } from 'react-i18next';
import './live-indicator.css';

/** Where a page's live subscription stands, as the realtime hook reports it. */
export type LiveStatus = 'idle' | 'connecting' | 'joined' | 'refused' | 'offline';

/** Says whether live updates are flowing; says nothing to visitors the room is not for. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  if (status === 'joined') return <span className="live-indicator small">{t('live.joined')}</span>;
  if (status === 'offline') {
    return <span className="live-indicator live-indicator-offline small">{t('live.offline')}</span>;
  }
  return null;
}
