import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { PhaseTimeline, type TimelinePhase } from './phase-timeline';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'it',
  initAsync: false,
  resources: {
    it: {
      translation: { timeline: { status: { PAST: 'Conclusa', CURRENT: 'In corso', UPCOMING: 'Prossima' } } },
    },
  },
});

const phase = (
  code: string,
  timing: TimelinePhase['timing'],
  startsOn: string,
  endsOn: string,
): TimelinePhase => ({
  code,
  name: `Fase ${code}`,
  description: `Descrizione ${code}`,
  startsOn,
  endsOn,
  timing,
});

describe('PhaseTimeline', () => {
  it('lists the phases in order, says where each stands and marks the current one', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PhaseTimeline
          phases={[
            phase('A', 'PAST', '2020-10-01', '2020-12-31'),
            phase('B', 'CURRENT', '2021-01-01', '2021-03-31'),
            phase('C', 'UPCOMING', '2021-04-01', '2021-06-30'),
          ]}
        />
      </I18nextProvider>,
    );

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Fase A',
      'Fase B',
      'Fase C',
    ]);
    expect(items[0]).toHaveTextContent('Conclusa');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('In corso');
    expect(items[2]).toHaveTextContent('Prossima');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('shows calendar days without slipping to the day before', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PhaseTimeline phases={[phase('A', 'CURRENT', '2021-01-01', '2021-06-30')]} />
      </I18nextProvider>,
    );

    expect(screen.getByText('1 gen 2021')).toHaveAttribute('datetime', '2021-01-01');
    expect(screen.getByText('30 giu 2021')).toHaveAttribute('datetime', '2021-06-30');
  });
});
