import { graphql } from '@piano2030/web-core';

/** The names behind the codes governance records carry: areas, phases and the Parti. */
export const GovernanceReferenceQueryDocument = graphql(`
  query GovernanceReference($locale: Locale) {
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
    processPhases {
      code
      position
      name(locale: $locale)
    }
    parties {
      code
      name(locale: $locale)
      shortName(locale: $locale)
    }
  }
`);

export const ExpertsQueryDocument = graphql(`
  query Experts {
    experts {
      id
      active
      areaCodes
      phaseCodes
      theme
      startsOn
      endsOn
      endedOn
      declarationOfInterest
      person {
        id
        displayName
      }
      decision {
        id
        reference
        title
        meeting {
          id
        }
      }
    }
  }
`);
