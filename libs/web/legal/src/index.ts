export { AccessibilityPage } from './lib/accessibility-page';
export { PrivacyPage } from './lib/privacy-page';
