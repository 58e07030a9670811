import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

// The charts' texts as the app's locale files have them, English only as far as the specs need
// (web-ui cannot import web-core's i18n).
const charts = {
  it: {
    unit: 'Unità di misura: {{unit}}',
    showTable: 'Mostra i dati in tabella',
    noData: 'Nessun dato disponibile',
    table: {
      period: 'Periodo',
      item: 'Voce',
      value: 'Valore',
      note: 'Nota',
      total: 'Totale',
      missing: 'n.d.',
    },
    summary: {
      line_one: '{{title}}: grafico a linee da {{first}} a {{last}}, valori da {{min}} a {{max}} ({{unit}}).',
      line_other:
        '{{title}}: grafico a linee con {{count}} serie da {{first}} a {{last}}, valori da {{min}} a {{max}} ({{unit}}).',
      bar_one: '{{title}}: grafico a barre con una voce, {{maxLabel}}: {{max}} ({{unit}}).',
      bar_other:
        '{{title}}: grafico a barre con {{count}} voci, da {{min}} ({{minLabel}}) a {{max}} ({{maxLabel}}) ({{unit}}).',
      stacked:
        '{{title}}: colonne impilate da {{first}} a {{last}}, suddivise per {{names}}; totali da {{min}} a {{max}} ({{unit}}).',
    },
  },
  en: {
    unit: 'Unit: {{unit}}',
    showTable: 'Show data as a table',
    noData: 'No data available',
    table: { period: 'Period', item: 'Item', value: 'Value', note: 'Note', total: 'Total', missing: 'n/a' },
    summary: {
      line_one:
        '{{title}}: line chart from {{first}} to {{last}}, values from {{min}} to {{max}} ({{unit}}).',
      line_other:
        '{{title}}: line chart of {{count}} series from {{first}} to {{last}}, values from {{min}} to {{max}} ({{unit}}).',
    },
  },
};

/** Renders a chart with the charts' texts, in Italian unless told otherwise. */
export function renderChart(chart: ReactElement, lng: 'it' | 'en' = 'it') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    initAsync: false,
    resources: { it: { translation: { charts: charts.it } }, en: { translation: { charts: charts.en } } },
    interpolation: { escapeValue: false },
  });
  return render(<I18nextProvider i18n={i18n}>{chart}</I18nextProvider>);
}

/** The text of every cell, row by row, header cells included. */
export function tableCells(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}
