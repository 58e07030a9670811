import type { ReportSnapshot } from './entities/work-plan.entity';
import { reportCsv } from './report-csv';
import type { ReportDocument } from './report-document';

const activity = (title: string, owner: string): ReportSnapshot['activities'][number] => ({
  title,
  phaseCode: 'LISTENING',
  areaCode: 'PS6',
  owner,
  startOn: '2026-10-01',
  dueOn: '2026-12-31',
  status: 'LATE',
  progress: 40,
  carriedOver: true,
});

const doc = (activities: ReportSnapshot['activities'], locale: 'it' | 'en' = 'it'): ReportDocument => ({
  locale,
  title: 'Rapporto',
  status: 'DRAFT',
  introduction: '',
  nextSteps: '',
  snapshot: { assembledOn: '2026-11-22', activities, decisions: [] },
  areaName: (code) => (code === 'PS6' ? 'Turismo e cultura' : code),
  phaseName: (code) => (code === 'LISTENING' ? 'Ascolto' : code),
});

describe('reportCsv', () => {
  it('writes a header and one row per activity, with names, words and a BOM for spreadsheets', () => {
    expect(reportCsv(doc([activity('Focus group', 'Marco Neri')]))).toBe(
      '\uFEFFAttività,Fase,Ambito,Responsabile,Inizio,Scadenza,Stato,Avanzamento %,Riportata\r\n' +
        'Focus group,Ascolto,Turismo e cultura,Marco Neri,2026-10-01,2026-12-31,in ritardo,40,sì\r\n',
    );
    expect(reportCsv(doc([], 'en'))).toContain(
      'Activity,Phase,Area,Owner,Start,Due,Status,Progress %,Carried over',
    );
  });

  it('quotes separators and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const [, row] = reportCsv(doc([activity('=HYPERLINK("http://x")', 'Rossi, "Gigi"')])).split('\r\n');
    expect(row).toBe(
      `"'=HYPERLINK(""http://x"")",Ascolto,Turismo e cultura,"Rossi, ""Gigi""",2026-10-01,2026-12-31,in ritardo,40,sì`,
    );
    expect(reportCsv(doc([activity('+39 0583', '@mario')]))).toContain(
      "'+39 0583,Ascolto,Turismo e cultura,'@mario,",
    );
  });
});
