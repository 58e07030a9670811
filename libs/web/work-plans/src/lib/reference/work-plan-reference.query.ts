import { graphql } from '@piano2030/web-core';

/** The frame activities sit in: phases (with their dates, for the timelines) and areas. */
export const WorkPlanReferenceQueryDocument = graphql(`
  query WorkPlanReference($locale: Locale) {
    processPhases {
      code
      position
      name(locale: $locale)
      startsOn
      endsOn
    }
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

/** Who takes part: the bodies' current members (owners, the viewer's seats), their meetings, the experts. */
export const WorkPlanPeopleQueryDocument = graphql(`
  query WorkPlanPeople {
    bodies {
      id
      kind
      members {
        id
        role
        person {
          id
          displayName
        }
      }
      meetings {
        id
        title
        startsAt
        status
      }
    }
    experts {
      id
      active
      theme
      person {
        id
        displayName
      }
    }
  }
`);
