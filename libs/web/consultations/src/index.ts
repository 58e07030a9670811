export { ConsultationsPage } from './lib/list/consultations-page';
export { ConsultationPage } from './lib/consultation/consultation-page';
export { MyContributionsPage } from './lib/mine/my-contributions-page';
export { NewConsultationPage, EditConsultationPage } from './lib/editor/consultation-editor-pages';
export { ConsultationAnswersPage } from './lib/answers/consultation-answers-page';
export { ModerationPage } from './lib/moderation/moderation-page';
/** For the intervention and SWOT pages: the published answers that changed them. */
export { ContributionsThatShaped } from './lib/traceability/contributions-that-shaped';
