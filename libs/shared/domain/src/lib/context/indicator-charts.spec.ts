import { shapeIndicator, type IndicatorObservation } from './indicator-charts';

const obs = (dimension: string, measure: string, label: string, value: number): IndicatorObservation => ({
  dimension,
  measure,
  label,
  value,
});

describe('shapeIndicator', () => {
  it('draws periods as one line chart per dimension and keeps lone numbers as figures', () => {
    const shape = shapeIndicator([
      obs('values', 'birthRatePct', '2017', 5.8),
      obs('values', 'birthRatePct', '2018', 5.5),
      obs('values', 'mortalityRatePct', '2017', 5.1),
      obs('values', 'mortalityRatePct', '2018', 5.3),
      obs('values', 'registrations', '2018', 2364),
    ]);
    expect(shape.charts).toEqual([
      {
        kind: 'LINE',
        dimension: 'values',
        series: [
          {
            name: 'birthRatePct',
            points: [
              { label: '2017', value: 5.8 },
              { label: '2018', value: 5.5 },
            ],
          },
          {
            name: 'mortalityRatePct',
            points: [
              { label: '2017', value: 5.1 },
              { label: '2018', value: 5.3 },
            ],
          },
        ],
      },
    ]);
    expect(shape.figures).toEqual([obs('values', 'registrations', '2018', 2364)]);
  });

  it('draws categories as bars, one chart per measure, in the order given', () => {
    const shape = shapeIndicator([
      obs('area', 'totale.arrivi', 'Versilia', 645827),
      obs('area', 'totale.arrivi', 'Piana di Lucca', 317036),
      obs('area', 'totale.presenze', 'Versilia', 2598636),
      obs('area', 'totale.presenze', 'Piana di Lucca', 725934),
    ]);
    expect(shape.figures).toEqual([]);
    expect(
      shape.charts.map((c) => [c.kind, c.series[0].name, c.series[0].points.map((p) => p.label)]),
    ).toEqual([
      ['BAR', 'totale.arrivi', ['Versilia', 'Piana di Lucca']],
      ['BAR', 'totale.presenze', ['Versilia', 'Piana di Lucca']],
    ]);
  });

  it('has nothing to draw for an empty series', () => {
    expect(shapeIndicator([])).toEqual({ charts: [], figures: [] });
  });
});
