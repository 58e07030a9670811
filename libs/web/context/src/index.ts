export { IndicatorsAdminPage } from './lib/admin/indicators-admin-page';
export { IndicatorsSection } from './lib/indicators/indicators-section';
export { ProgrammesSection } from './lib/programmes/programmes-section';
export { SwotSection } from './lib/swot/swot-section';
