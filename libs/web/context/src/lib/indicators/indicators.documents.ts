import { graphql } from '@piano2030/web-core';

/** Everything a series card shows: what is measured, where, the numbers and where they come from. */
export const IndicatorSeriesFieldsFragment = graphql(`
  fragment IndicatorSeriesFields on IndicatorSeries {
    id
    code
    unit
    territory
    scope
    origin
    crossCutting
    areaCodes
    revision
    notes
    source {
      producer
      document
      lineFrom
      lineTo
      url
    }
    observations {
      dimension
      measure
      label
      value
    }
  }
`);

/** An area's own series first, then the cross-cutting ones (the API's order). */
export const AreaIndicatorsQueryDocument = graphql(`
  query AreaIndicators($areaCode: String!, $locale: Locale) {
    indicators(areaCode: $areaCode, includeCrossCutting: true) {
      ...IndicatorSeriesFields
      title(locale: $locale)
    }
  }
`);
