import { CONTRIBUTION_LIMITS, type LocalizedText, type ReportReason } from '@piano2030/shared-domain';
import type { NetiquetteModel } from './models/moderation.model';

interface Rule {
  code: string;
  reportReason: ReportReason | null;
  title: LocalizedText;
  text: LocalizedText;
}

const HIDE_AFTER = CONTRIBUTION_LIMITS.defaultHideAfterReports;

/**
 * The published netiquette of the consultations: what a contribution may not do (each rule names
 * the report reason that points at it), then how reports and moderation work. The numbers come
 * from the same limits the API applies.
 */
const RULES: readonly Rule[] = [
  {
    code: 'RESPECT',
    reportReason: 'OFFENSIVE',
    title: { it: 'Rispetto', en: 'Respect' },
    text: {
      it: 'Discuti le idee, non le persone. Niente insulti, minacce, molestie, linguaggio volgare o discriminatorio per origine, genere, religione, disabilità, orientamento o opinioni.',
      en: 'Discuss ideas, not people. No insults, threats, harassment, vulgar language or discrimination on grounds of origin, gender, religion, disability, orientation or opinion.',
    },
  },
  {
    code: 'ON_TOPIC',
    reportReason: 'OFF_TOPIC',
    title: { it: 'Restare in tema', en: 'Stay on topic' },
    text: {
      it: "Ogni contributo riguarda l'oggetto della consultazione: il documento, i suoi interventi, le voci dell'analisi SWOT o le domande poste. Per altri temi usa i canali degli enti.",
      en: "Every contribution is about what the consultation asks: its document, its interventions, the SWOT items or the questions it puts. For other matters use the bodies' own channels.",
    },
  },
  {
    code: 'NO_SPAM',
    reportReason: 'SPAM',
    title: { it: 'Niente spam né pubblicità', en: 'No spam or advertising' },
    text: {
      it: 'Non pubblicare messaggi ripetuti, pubblicità commerciale o propaganda elettorale, né link che non servono alla discussione.',
      en: 'Do not post repeated messages, commercial advertising or electoral propaganda, nor links that do not serve the discussion.',
    },
  },
  {
    code: 'PERSONAL_DATA',
    reportReason: 'PERSONAL_DATA',
    title: { it: 'Dati personali', en: 'Personal data' },
    text: {
      it: 'Non pubblicare dati personali tuoi o di altri: indirizzi, numeri di telefono, e-mail, dati sulla salute, documenti. I contributi sono pubblici e le persone appaiono con il nome pubblico che hanno scelto.',
      en: 'Do not publish personal data, yours or anyone else’s: addresses, phone numbers, e-mails, health data, documents. Contributions are public, and people appear under the public name they chose.',
    },
  },
  {
    code: 'LAWFUL',
    reportReason: 'OTHER',
    title: { it: 'Legalità', en: 'Lawfulness' },
    text: {
      it: "Nessun contenuto illecito o diffamatorio, né testi o immagini di altri senza diritto di usarli. Chi parla per un'organizzazione lo fa solo come suo rappresentante verificato.",
      en: 'Nothing unlawful or defamatory, and no texts or images of others without the right to use them. Only verified representatives speak for an organisation.',
    },
  },
  {
    code: 'REPORTS',
    reportReason: null,
    title: { it: 'Segnalazioni', en: 'Reports' },
    text: {
      it: `Chi ha un account può segnalare un contributo altrui, una sola volta, indicando la regola violata. Dopo ${HIDE_AFTER} segnalazioni di persone diverse (o il numero fissato dalla consultazione) il contributo è nascosto in attesa della revisione di un moderatore.`,
      en: `Anyone with an account can report someone else's contribution, once, naming the rule it breaks. After ${HIDE_AFTER} reports by different people (or the number the consultation sets) it is hidden until a moderator reviews it.`,
    },
  },
  {
    code: 'MODERATION',
    reportReason: null,
    title: { it: 'Moderazione', en: 'Moderation' },
    text: {
      it: "I moderatori approvano, nascondono, ripristinano o respingono i contributi e scrivono sempre il motivo, che l'autore vede. Ogni decisione resta nel registro di moderazione. Un contributo nascosto resta nella discussione come segnaposto, senza testo.",
      en: 'Moderators approve, hide, restore or reject contributions and always give the reason, which the author sees. Every decision stays in the moderation log. A hidden contribution stays in its thread as a placeholder, without its text.',
    },
  },
];

export function netiquette(): NetiquetteModel {
  return {
    rules: RULES.map((rule) => ({
      code: rule.code,
      reportReason: rule.reportReason,
      texts: { title: rule.title, text: rule.text },
    })),
    defaultHideAfterReports: HIDE_AFTER,
  };
}
