import { graphql } from '@piano2030/web-core';

/** The chamber's 2020 objectives that serve an area (those it mainly serves first), with their projects. */
export const AreaProgrammesQueryDocument = graphql(`
  query AreaProgrammes($areaCode: String!, $locale: Locale) {
    chamberObjectives(areaCode: $areaCode) {
      code
      title(locale: $locale)
      strategicAreaCode
      strategicAreaTitle(locale: $locale)
      status
      crossCutting
      primaryAreaCodes
      secondaryAreaCodes
      targets
      budget {
        externalCosts
        revenues
        contributions
        investments
      }
      source {
        producer
        document
        lineFrom
        lineTo
        url
      }
      projects {
        code
        title
        office
        costCentre
        summary
      }
    }
  }
`);
