import { CONTRIBUTION_LIMITS, LOCALES, REPORT_REASONS } from '@piano2030/shared-domain';
import { netiquette } from './netiquette';

describe('netiquette', () => {
  const { rules, defaultHideAfterReports } = netiquette();

  it('has every rule in every language, under a code of its own', () => {
    expect(new Set(rules.map((rule) => rule.code)).size).toBe(rules.length);
    for (const rule of rules) {
      for (const locale of LOCALES) {
        expect(rule.texts.title[locale]?.trim()).toBeTruthy();
        expect(rule.texts.text[locale]?.trim()).toBeTruthy();
      }
    }
  });

  it('gives every report reason a rule to point at', () => {
    expect(
      rules
        .map((rule) => rule.reportReason)
        .filter(Boolean)
        .sort(),
    ).toEqual([...REPORT_REASONS].sort());
  });

  it('states the threshold the API applies', () => {
    expect(defaultHideAfterReports).toBe(CONTRIBUTION_LIMITS.defaultHideAfterReports);
    const reports = rules.find((rule) => rule.code === 'REPORTS');
    expect(reports?.texts.text.it).toContain(`${CONTRIBUTION_LIMITS.defaultHideAfterReports} segnalazioni`);
    expect(reports?.texts.text.en).toContain(`${CONTRIBUTION_LIMITS.defaultHideAfterReports} reports`);
  });
});
