/**
 * The consultation document, with the fields the 2017 national guidelines on public consultation
 * ask for, and the rules for announcing it.
 */
export const CONSULTATION_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  textMax: 20_000,
  questionMax: 1_000,
  questionsMax: 20,
  reasonMin: 10,
  reasonMax: 2_000,
  /** Guidelines: weeks, not days. A shorter window needs a public reason. */
  minimumWindowDays: 28,
} as const;

export interface ConsultationDocument {
  title: string;
  areaCodes: readonly string[];
  objectives: string;
  context: string;
  questions: readonly string[];
  useOfContributions: string;
  timeline: string;
  /** ISO date (YYYY-MM-DD) by which the results report will be published. */
  resultsReportDue: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
  shortWindowReason: string | null;
}

export interface DocumentProblem {
  field: string;
  message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between opening and closing, rounded down. */
export function windowDays(opensAt: Date, closesAt: Date): number {
  return Math.floor((closesAt.getTime() - opensAt.getTime()) / DAY_MS);
}

/**
 * Everything that keeps a consultation from being announced, each on its field: required text,
 * at least one area and one question, dates in order and in the future, the report after closing,
 * and a reason for a window shorter than four weeks.
 */
export function schedulingProblems(document: ConsultationDocument, now: Date): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const required = (field: keyof ConsultationDocument, value: string) => {
    if (!value.trim()) problems.push({ field, message: `${field} is required before scheduling` });
  };
  required('title', document.title);
  required('objectives', document.objectives);
  required('context', document.context);
  required('useOfContributions', document.useOfContributions);
  required('timeline', document.timeline);
  if (!document.areaCodes.length)
    problems.push({ field: 'areaCodes', message: 'name at least one intervention area' });
  if (!document.questions.some((question) => question.trim()))
    problems.push({ field: 'questions', message: 'ask at least one question' });
  const { opensAt, closesAt } = document;
  if (!opensAt) problems.push({ field: 'opensAt', message: 'opensAt is required before scheduling' });
  else if (opensAt.getTime() < now.getTime() - 60_000)
    problems.push({ field: 'opensAt', message: 'opensAt must not be in the past' });
  if (!closesAt) problems.push({ field: 'closesAt', message: 'closesAt is required before scheduling' });
  if (opensAt && closesAt) {
    if (closesAt <= opensAt) problems.push({ field: 'closesAt', message: 'closesAt must be after opensAt' });
    else if (
      windowDays(opensAt, closesAt) < CONSULTATION_LIMITS.minimumWindowDays &&
      (document.shortWindowReason ?? '').trim().length < CONSULTATION_LIMITS.reasonMin
    ) {
      problems.push({
        field: 'shortWindowReason',
        message: `a window shorter than ${CONSULTATION_LIMITS.minimumWindowDays} days needs a public reason (at least ${CONSULTATION_LIMITS.reasonMin} characters)`,
      });
    }
  }
  if (!document.resultsReportDue)
    problems.push({ field: 'resultsReportDue', message: 'resultsReportDue is required before scheduling' });
  else if (closesAt && document.resultsReportDue < closesAt.toISOString().slice(0, 10))
    problems.push({ field: 'resultsReportDue', message: 'the results report cannot be due before closing' });
  return problems;
}

/** Whether the window is short enough that its reason must be shown. */
export function isShortWindow(opensAt: Date | null, closesAt: Date | null): boolean {
  return !!opensAt && !!closesAt && windowDays(opensAt, closesAt) < CONSULTATION_LIMITS.minimumWindowDays;
}
