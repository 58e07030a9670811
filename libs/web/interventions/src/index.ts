export { EditInterventionPage, NewInterventionPage } from './lib/editor/editor-pages';
export { InterventionPage } from './lib/intervention/intervention-page';
export {
  AreaInterventionsSection,
  type AreaInterventionsSectionProps,
} from './lib/priorities/area-interventions-section';
export { InterventionsPage } from './lib/register/interventions-page';
export { ResourcesPage } from './lib/resources/resources-page';
