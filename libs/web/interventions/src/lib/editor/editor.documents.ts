import { graphql } from '@piano2030/web-core';

/** The intervention the editor starts from, fetched again when a newer version is loaded. */
export const InterventionEditorQueryDocument = graphql(`
  query InterventionEditor($id: ID!) {
    intervention(id: $id) {
      ...InterventionFields
    }
  }
`);

/** Indicator series of the area, for linking a KPI to the context analysis. */
export const KpiIndicatorsQueryDocument = graphql(`
  query InterventionKpiIndicators($areaCode: String!, $locale: Locale) {
    indicators(areaCode: $areaCode) {
      code
      title(locale: $locale)
      unit
    }
  }
`);

export const CreateInterventionMutationDocument = graphql(`
  mutation CreateIntervention($input: CreateInterventionInput!) {
    createIntervention(input: $input) {
      ...InterventionFields
    }
  }
`);

export const UpdateInterventionMutationDocument = graphql(`
  mutation UpdateIntervention($input: UpdateInterventionInput!) {
    updateIntervention(input: $input) {
      ...InterventionFields
    }
  }
`);
