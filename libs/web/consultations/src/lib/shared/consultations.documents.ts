import { graphql } from '@piano2030/web-core';

/**
 * The committee's answer to a contribution, with what changed because of it. The public sees it
 * once published (`official`); the committee also sees prepared ones.
 */
export const DispositionFieldsFragment = graphql(`
  fragment DispositionFields on Disposition {
    contributionId
    outcome
    reasons
    status
    official
    version
    preparedAt
    publishedAt
    intervention {
      id
      reference
      title
    }
    interventionVersion
    swotItem {
      id
      areaCode
      quadrant
      text
    }
    swotItemVersion
  }
`);

/** A contribution as threads, the personal page and the committee's pages show it. */
export const ContributionFieldsFragment = graphql(`
  fragment ContributionFields on Contribution {
    id
    consultationId
    parentId
    threadId
    depth
    kind
    status
    body
    createdAt
    editedAt
    editCount
    replyCount
    supportCount
    viewerIsAuthor
    viewerSupports
    moderationReason
    anchor {
      kind
      ref
    }
    author {
      name
      category
      organisationId
      organisationName
    }
    disposition {
      ...DispositionFields
    }
  }
`);

/** A consultation as the list shows it. */
export const ConsultationSummaryFieldsFragment = graphql(`
  fragment ConsultationSummaryFields on Consultation {
    id
    title
    status
    areaCodes
    opensAt
    closesAt
    openedAt
    closedAt
    resultsReportDue
    contributionCount
    windowDays
    shortWindow
    viewerCanManage
    settings {
      participation
      preModeration
      hideAfterReports
    }
  }
`);

/** The eight areas' names in the reader's language. */
export const ConsultationAreasQueryDocument = graphql(`
  query ConsultationAreas($locale: Locale) {
    interventionAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

/** Who sits on the Comitato operativo: with the consultation policy, who runs consultations. */
export const ConsultationStandingQueryDocument = graphql(`
  query ConsultationStanding {
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
  }
`);
