import type { Locale } from '@piano2030/shared-domain';
import type { ReportSnapshot } from './entities/work-plan.entity';

/** The quarterly report as both exports print it: the same words, headings and rows. */
export interface ReportDocument {
  locale: Locale;
  title: string;
  status: string;
  introduction: string;
  nextSteps: string;
  snapshot: ReportSnapshot;
  areaName: (code: string) => string;
  phaseName: (code: string) => string;
}

const WORDS = {
  it: {
    title: (quarter: string) => `Rapporto trimestrale sul piano di lavoro ${quarter}`,
    assembled: 'Dati al',
    status: 'Stato del rapporto',
    introduction: 'Introduzione',
    summary: 'Sintesi',
    done: 'Attività concluse',
    late: 'Attività in ritardo',
    carried: 'Attività riportate al trimestre successivo',
    all: 'Tutte le attività',
    decisions: 'Delibere della Cabina di Regia nel trimestre',
    nextSteps: 'Prossimi passi',
    none: 'Nessuna.',
    columns: [
      'Attività',
      'Fase',
      'Ambito',
      'Responsabile',
      'Inizio',
      'Scadenza',
      'Stato',
      'Avanzamento %',
      'Riportata',
    ],
    yes: 'sì',
    no: 'no',
    statuses: {
      PLANNED: 'pianificata',
      IN_PROGRESS: 'in corso',
      DONE: 'conclusa',
      LATE: 'in ritardo',
      CANCELLED: 'annullata',
    },
  },
  en: {
    title: (quarter: string) => `Quarterly report on the ${quarter} work plan`,
    assembled: 'Data as of',
    status: 'Report status',
    introduction: 'Introduction',
    summary: 'Summary',
    done: 'Activities completed',
    late: 'Late activities',
    carried: 'Activities carried over to the next quarter',
    all: 'All activities',
    decisions: 'Decisions of the Cabina di Regia in the quarter',
    nextSteps: 'Next steps',
    none: 'None.',
    columns: ['Activity', 'Phase', 'Area', 'Owner', 'Start', 'Due', 'Status', 'Progress %', 'Carried over'],
    yes: 'yes',
    no: 'no',
    statuses: {
      PLANNED: 'planned',
      IN_PROGRESS: 'in progress',
      DONE: 'done',
      LATE: 'late',
      CANCELLED: 'cancelled',
    },
  },
} as const;

export function reportWords(locale: Locale) {
  return WORDS[locale];
}

/** One row per activity, in the column order of `columns`. */
export function activityRows(doc: ReportDocument): string[][] {
  const words = reportWords(doc.locale);
  return doc.snapshot.activities.map((a) => [
    a.title,
    doc.phaseName(a.phaseCode),
    doc.areaName(a.areaCode),
    a.owner,
    a.startOn,
    a.dueOn,
    words.statuses[a.status as keyof typeof words.statuses] ?? a.status,
    String(a.progress),
    a.carriedOver ? words.yes : words.no,
  ]);
}
