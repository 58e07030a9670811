import { graphql } from '@piano2030/web-core';

/** An intervention as its page and its editor show it. */
export const InterventionFieldsFragment = graphql(`
  fragment InterventionFields on Intervention {
    id
    reference
    areaCode
    priorityId
    status
    version
    updatedAt
    title
    description
    objectives
    expectedResults
    guidelineCodes
    kpis {
      name
      unit
      baselineValue
      baselineYear
      target2030
      indicatorCode
    }
    resources {
      year
      source
      amount
    }
    totalResources
    startsOn
    endsOn
    milestones {
      title
      dueOn
    }
    leadActor
    partners
    projectCodes
    priority {
      id
      title
    }
  }
`);

/** Areas and guidelines in the reader's language: filters, names and the editor's choices. */
export const InterventionReferenceQueryDocument = graphql(`
  query InterventionReference($locale: Locale) {
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
    guidelines {
      code
      position
      title(locale: $locale)
    }
  }
`);

/**
 * Who sits on the bodies and which experts are engaged for what: with the strategy policy, what
 * the signed-in person may do. Public data; the API decides again on every change.
 */
export const InterventionStandingQueryDocument = graphql(`
  query InterventionStanding {
    bodies {
      id
      kind
      members {
        id
        role
        person {
          id
        }
      }
    }
    experts {
      id
      active
      areaCodes
      phaseCodes
      startsOn
      endsOn
      endedOn
      person {
        id
      }
    }
  }
`);

export const InterventionPrioritiesQueryDocument = graphql(`
  query InterventionPriorities($areaCode: String!) {
    priorities(areaCode: $areaCode) {
      id
      areaCode
      position
      revision
      title
      description
      guidelineCodes
    }
  }
`);

/** The chamber's programme: projects an intervention may build on, by objective. */
export const ChamberProjectsQueryDocument = graphql(`
  query InterventionChamberProjects($locale: Locale) {
    chamberObjectives {
      code
      title(locale: $locale)
      projects {
        code
        title
      }
    }
  }
`);
