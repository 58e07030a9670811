import type { PhaseTiming } from '@piano2030/shared-domain';
import { Card, Timeline, TimelinePin } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from './formatted-date';
import './phase-timeline.css';

export interface TimelinePhase {
  code: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  timing: PhaseTiming;
}

const PIN_ICON: Record<PhaseTiming, string> = {
  PAST: 'it-check',
  CURRENT: 'it-flag',
  UPCOMING: 'it-calendar',
};

/**
 * The process phases as an ordered list, drawn as the Designers Italia timeline. The list itself is
 * the text alternative: order, dates and status are all in the markup, not only in the drawing.
 */
export function PhaseTimeline({ phases }: { phases: TimelinePhase[] }) {
  const { t } = useTranslation();
  return (
    <Timeline>
      <ol className="row list-unstyled mb-0">
        {phases.map((phase) => (
          <li
            key={phase.code}
            className="col-12"
            aria-current={phase.timing === 'CURRENT' ? 'step' : undefined}
          >
            <TimelinePin
              tag="div"
              iconName={PIN_ICON[phase.timing]}
              label={t(`timeline.status.${phase.timing}`)}
              past={phase.timing === 'PAST'}
              now={phase.timing === 'CURRENT'}
            >
              <Card tag="div" border={false}>
                <h3 className="it-card-title h5">{phase.name}</h3>
                <div className="it-card-body">
                  <p className="fw-semibold">
                    <FormattedDate value={phase.startsOn} month="short" />
                    {' – '}
                    <FormattedDate value={phase.endsOn} month="short" />
                  </p>
                  <p className="it-card-text">{phase.description}</p>
                </div>
              </Card>
            </TimelinePin>
          </li>
        ))}
      </ol>
    </Timeline>
  );
}
