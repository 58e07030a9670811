import { graphql } from '@piano2030/web-core';

/** Every series with the areas that show it, and the areas to choose from. */
export const IndicatorsAdminQueryDocument = graphql(`
  query IndicatorsAdmin($locale: Locale) {
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
    indicators {
      id
      code
      title(locale: $locale)
      origin
      unit
      territory
      areaCodes
      crossCutting
      revision
    }
  }
`);

export const UploadIndicatorSeriesMutationDocument = graphql(`
  mutation UploadIndicatorSeries($input: UploadIndicatorSeriesInput!) {
    uploadIndicatorSeries(input: $input) {
      importedRows
      skippedRows {
        line
        reason
      }
      series {
        id
        code
        areaCodes
        crossCutting
        revision
      }
    }
  }
`);

export const SetIndicatorAreasMutationDocument = graphql(`
  mutation SetIndicatorAreas($input: SetIndicatorAreasInput!) {
    setIndicatorAreas(input: $input) {
      id
      code
      areaCodes
      crossCutting
      revision
    }
  }
`);
