import { HEADLINE_DIMENSION } from '@piano2030/shared-domain';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { humaniseName } from '../shared/humanise';
import {
  dataLabel,
  DIMENSION_LABELS,
  MEASURE_LABELS,
  QUALIFIERS,
  UNIT_LABELS,
  type DataLabels,
} from './data-labels';

const RPP_FILE = path.resolve(__dirname, '../../../../../../apps/api/src/seeds/data/rpp2020.json');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface Indicator {
  unit: string;
  values?: Record<string, Json>;
  changePct?: Record<string, Json>;
  breakdowns?: { dimension: string; items: Record<string, Json>[] }[];
}

// The keys as the API's import names them (libs/api/context/src/lib/rpp/flatten-rpp-indicator.ts,
// which the browser's libraries may not import): a headline key is a measure and a period in
// either order; a breakdown cell's measure is its path, or its item when the path holds a period.
const PERIOD = '(?:19|20)\\d{2}(?:-\\d{2}-\\d{2}|H\\d|Q\\d)?';
const PERIOD_FIRST = new RegExp(`^${PERIOD}(?:_(.+))?$`);
const PERIOD_LAST = new RegExp(`^(.+?)_${PERIOD}$`);
const PERIOD_ONLY = new RegExp(`^${PERIOD}$`);

const headlineMeasure = (key: string) =>
  PERIOD_FIRST.test(key) ? (PERIOD_FIRST.exec(key)?.[1] ?? '') : (PERIOD_LAST.exec(key)?.[1] ?? key);

function cellMeasure(item: string, path: string): string {
  const segments = path.split('.');
  const period = segments.findIndex((segment) => PERIOD_ONLY.test(segment));
  if (period < 0) return path === 'value' ? '' : path;
  return [item, ...segments.filter((segment, i) => i !== period && segment !== 'values')].join('.');
}

function numericPaths(record: Record<string, Json>, prefix = ''): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    if (!prefix && ['key', 'note', 'notes'].includes(key)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') return [path];
    return value && typeof value === 'object' && !Array.isArray(value) ? numericPaths(value, path) : [];
  });
}

const indicators = (JSON.parse(readFileSync(RPP_FILE, 'utf8')) as { indicators: Indicator[] }).indicators;
const measures = new Set<string>();
const dimensions = new Set<string>();
const units = new Set<string>();
for (const indicator of indicators) {
  units.add(indicator.unit);
  for (const [key, value] of Object.entries(indicator.values ?? {})) {
    if (typeof value !== 'number') continue;
    dimensions.add(HEADLINE_DIMENSION);
    measures.add(headlineMeasure(key));
  }
  // A year-on-year change is a label of the unnamed measure: "2018/2017".
  if (Object.values(indicator.changePct ?? {}).some((value) => typeof value === 'number'))
    dimensions.add('changePct');
  for (const breakdown of indicator.breakdowns ?? []) {
    for (const item of breakdown.items) {
      for (const path of numericPaths(item)) {
        measures.add(cellMeasure(String(item['key'] ?? '').trim(), path));
        dimensions.add(breakdown.dimension);
      }
    }
  }
}
// The series' own title names the unnamed measure; the headline and the year-on-year changes
// ("changePct", named by the locale files) need no label of their own.
measures.delete('');
dimensions.delete(HEADLINE_DIMENSION);
dimensions.delete('changePct');

const KINDS = [
  ['measure', measures, MEASURE_LABELS],
  ['dimension', dimensions, DIMENSION_LABELS],
  ['unit', units, UNIT_LABELS],
] as const;

describe('data labels', () => {
  it('reads the keys of the 53 series of the 2020 report as the import flattens them', () => {
    expect(indicators).toHaveLength(53);
    for (const key of [
      'avgStayForeign',
      'totale.presenze',
      'detail.Viareggio.per1000inhabitants',
      'changePct_2018_2017.italiani_arrivi',
      'rischiARevoca.famiglie',
      'Uomini.employmentRate15_64',
      'Auto nuove',
      'EURmillion',
    ])
      expect(measures).toContain(key);
    expect(measures).not.toContain('avgStayForeign_2018');
    expect(dimensions).toContain('sector_2018');
    expect(units).toContain('EUR million / %');
  });

  it.each(KINDS)(
    'names every %s of the report in Italian and in English',
    (kind, keys, table: DataLabels) => {
      const missing = [...keys].filter((key) => !table[key]?.it.trim() || !table[key]?.en.trim());
      expect(missing).toEqual([]);
      for (const key of keys) {
        expect(dataLabel(kind, key, 'it')).toBe(table[key].it);
        expect(dataLabel(kind, key, 'en')).toBe(table[key].en);
        // A code name ("avgStayForeign", "sector_2018") never shows as it is written.
        if (/[a-z][A-Z]|_/.test(key)) {
          expect(table[key].it).not.toBe(key);
          expect(table[key].en).not.toBe(key);
        }
      }
    },
  );

  it('says what the suffixes of a key mean', () => {
    for (const table of [MEASURE_LABELS, DIMENSION_LABELS]) {
      for (const [key, label] of Object.entries(table)) {
        const suffix = /_(approx|min|derived|alt)$/.exec(key)?.[1];
        if (!suffix) continue;
        expect(label.it).toMatch(new RegExp(`\\(${QUALIFIERS[suffix].it}\\)$`));
        expect(label.en).toContain(`(${QUALIFIERS[suffix].en})`);
      }
    }
    expect(dataLabel('measure', 'YARE_galaGuests_approx', 'it')).toBe(
      'YARE · ospiti della serata di gala (circa)',
    );
  });

  it('labels the measures, dimensions and units in the language of the page', () => {
    expect(dataLabel('measure', 'avgStayForeign', 'it')).toBe('Permanenza media stranieri');
    expect(dataLabel('measure', 'avgStayForeign', 'it-IT')).toBe('Permanenza media stranieri');
    expect(dataLabel('measure', 'avgStayForeign', 'en')).toBe('Average stay, foreign guests');
    expect(dataLabel('measure', 'avgStayForeign', 'en-GB')).toBe('Average stay, foreign guests');
    // Italian first: any language but English reads the Italian labels.
    expect(dataLabel('measure', 'avgStayForeign', 'de')).toBe('Permanenza media stranieri');
    expect(dataLabel('dimension', 'sector_2018', 'it')).toBe('Settore, 2018');
    expect(dataLabel('dimension', 'sector_2018', 'en')).toBe('Sector, 2018');
    expect(dataLabel('unit', 'EUR million / %', 'it')).toBe('milioni di euro / %');
    expect(dataLabel('unit', 'EUR million / %', 'en')).toBe('EUR million / %');
    expect(dataLabel('measure', 'PIL', 'en')).toBe('GDP');
    expect(dataLabel('unit', '% of GDP', 'it')).toBe('% del PIL');
    expect(dataLabel('measure', 'detail.Viareggio.per1000inhabitants', 'it')).toBe(
      'Viareggio · imprese ogni 1.000 abitanti',
    );
  });

  it('humanises the keys of series uploaded later, which the tables do not know', () => {
    expect(dataLabel('measure', 'visitorsPerDay', 'it')).toBe(humaniseName('visitorsPerDay'));
    expect(dataLabel('measure', 'visitorsPerDay', 'en')).toBe('Visitors per day');
    expect(dataLabel('dimension', 'harbour_2019', 'it')).toBe(humaniseName('harbour_2019'));
    // A known suffix still says what it means; a path keeps its names and reuses known parts.
    expect(dataLabel('measure', 'visitorsPerDay_approx', 'it')).toBe('Visitors per day (circa)');
    expect(dataLabel('measure', 'detail.Pietrasanta.changePct', 'it')).toBe(
      'Detail · Pietrasanta · variazione %',
    );
    expect(dataLabel('measure', 'Comune di Lucca.sharePct', 'en')).toBe('Comune di Lucca · share of total');
    // A unit is shown as its administrator wrote it.
    expect(dataLabel('unit', 'tonnellate', 'it')).toBe('tonnellate');
  });
});
