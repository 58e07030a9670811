import { graphql } from '@piano2030/web-core';

/** The consultation's document, window and settings, the netiquette and the areas' names. */
export const ConsultationPageQueryDocument = graphql(`
  query ConsultationPage($id: ID!, $locale: Locale) {
    consultation(id: $id) {
      ...ConsultationSummaryFields
      objectives
      context
      questions
      useOfContributions
      timeline
      planSection
      shortWindowReason
      interventionIds
      swotItemIds
      createdAt
      updatedAt
    }
    netiquette {
      defaultHideAfterReports
      rules {
        code
        title(locale: $locale)
        text(locale: $locale)
        reportReason
      }
    }
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

/** What of an area a consultation may be about: its public interventions and SWOT items. */
export const ConsultationScopeAreaQueryDocument = graphql(`
  query ConsultationScopeArea($areaCode: String!) {
    interventions(filter: { areaCode: $areaCode }) {
      id
      reference
      title
      areaCode
    }
    swot(areaCode: $areaCode) {
      areaCode
      items {
        id
        areaCode
        quadrant
        text
        status
      }
    }
  }
`);
