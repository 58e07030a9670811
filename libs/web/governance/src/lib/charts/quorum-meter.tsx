import { Badge, Progress } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import './quorum-meter.css';

export interface QuorumValues {
  met: boolean;
  present: number;
  required: number;
  members: number;
  absentParties: readonly string[];
}

/**
 * The quorum as a progress bar of the members present, with the required threshold marked on it.
 * The sentence above says the same in words; the bar carries it as its accessible value.
 */
export function QuorumMeter({
  quorum,
  partyName,
}: {
  quorum: QuorumValues;
  partyName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { met, present, required, members, absentParties } = quorum;
  const share = (count: number) => (members > 0 ? Math.min(100, (count / members) * 100) : 0);
  const threshold = share(required);
  return (
    <div className="quorum">
      <p className="d-flex flex-wrap align-items-center gap-2">
        <Badge color={met ? 'success' : 'danger'}>
          {met ? t('governance.meeting.quorum.met') : t('governance.meeting.quorum.notMet')}
        </Badge>
        <span>{t('governance.meeting.quorum.summary', { present, members, required })}</span>
      </p>
      <div className="quorum-meter">
        <Progress
          value={Math.round(share(present))}
          color={met ? 'success' : 'warning'}
          aria-label={t('governance.meeting.quorum.bar')}
          aria-valuetext={t('governance.meeting.quorum.value', { present, members, required })}
        />
        <div
          className={`quorum-threshold${threshold > 70 ? ' quorum-threshold-end' : ''}`}
          style={{ left: `${threshold}%` }}
          aria-hidden="true"
        >
          <span className="quorum-threshold-label">
            {t('governance.meeting.quorum.threshold', { required })}
          </span>
        </div>
      </div>
      <div className="quorum-scale" aria-hidden="true">
        <span>0</span>
        <span>{members}</span>
      </div>
      {absentParties.length > 0 && (
        <p className="mt-2 mb-0">
          {t('governance.meeting.quorum.absentParties', { parties: absentParties.map(partyName).join(', ') })}
        </p>
      )}
    </div>
  );
}
