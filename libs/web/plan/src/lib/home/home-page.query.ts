import { graphql } from '@piano2030/web-core';

export const HomePageQueryDocument = graphql(`
  query HomePage($locale: Locale) {
    processPhases {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
      startsOn
      endsOn
      timing
    }
    interventionAreas {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
    }
  }
`);
