import { PrioritiesSection } from './priorities-section';

export interface AreaInterventionsSectionProps {
  /** The area whose priorities and interventions to list, e.g. "PS6". */
  areaCode: string;
  /** The section heading's level in the area page's outline; the priorities get the next. 2 by default. */
  headingLevel?: 2 | 3;
}

/**
 * For the area page: the area's strategic priorities in order, each with its interventions
 * (reference, title, status, resources), a link to the register filtered by the area, and for
 * committee members the forms to add and change priorities.
 */
export function AreaInterventionsSection({ areaCode, headingLevel = 2 }: AreaInterventionsSectionProps) {
  return (
    <PrioritiesSection key={areaCode} areaCode={areaCode} withInterventions headingLevel={headingLevel} />
  );
}
