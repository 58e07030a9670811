import { graphql } from '@piano2030/web-core';

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on Membership {
    id
    role
    partyCode
    designationReference
    designationDate
    termFrom
    termTo
    endedOn
    endReason
    person {
      id
      displayName
    }
    alternate {
      id
      displayName
    }
    decision {
      id
      reference
    }
  }
`);

export const BodyPageQueryDocument = graphql(`
  query BodyPage($id: ID!, $locale: Locale, $includeEnded: Boolean!) {
    body(id: $id) {
      id
      code
      kind
      name(locale: $locale)
      description(locale: $locale)
      complete
      seats
      seatsPerParty
      resultsHiddenUntilClose
      vacancies {
        partyCode
        seats
        vacant
      }
      votingRules {
        quorumMembers
        eachPartyPresent
        doubleMajority
        abstentionsCountAsCast
        chairCastingVote
      }
      members(includeEnded: $includeEnded) {
        ...MembershipFields
      }
      meetings {
        id
        title
        startsAt
        status
        place
        minutesStatus
      }
    }
  }
`);

export const ScheduleMeetingMutationDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      title
      startsAt
      status
    }
  }
`);
