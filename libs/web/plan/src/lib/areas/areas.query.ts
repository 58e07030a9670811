import { graphql } from '@piano2030/web-core';

export const AreasPageQueryDocument = graphql(`
  query AreasPage($locale: Locale) {
    interventionAreas {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
    }
  }
`);

export const AreaPageQueryDocument = graphql(`
  query AreaPage($code: String!, $locale: Locale) {
    interventionArea(code: $code) {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
    }
    guidelines {
      code
      position
      title(locale: $locale)
      description(locale: $locale)
    }
  }
`);
