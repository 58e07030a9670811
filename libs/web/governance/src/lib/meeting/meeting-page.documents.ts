import { graphql } from '@piano2030/web-core';

export const DecisionSummaryFragment = graphql(`
  fragment DecisionSummary on Decision {
    id
    reference
    result
    reason(locale: $locale)
    decidedAt
    present
    members
    tally {
      for
      against
      abstain
      recused
      notVoted
    }
  }
`);

export const VoteFieldsFragment = graphql(`
  fragment VoteFields on Vote {
    id
    agendaItemId
    title
    status
    openedAt
    closedAt
    deadline
    resultsHidden
    turnout {
      voted
      eligible
    }
    tally {
      for
      against
      abstain
      recused
    }
    myBallot {
      choice
      castAt
    }
    decision {
      ...DecisionSummary
    }
  }
`);

export const MeetingPageQueryDocument = graphql(`
  query MeetingPage($id: ID!, $locale: Locale) {
    meeting(id: $id) {
      id
      bodyId
      title
      status
      startsAt
      startedAt
      closedAt
      place
      link
      minutes
      minutesStatus
      minutesApprovedAt {
        id
        title
        startsAt
      }
      myRoles
      myCapabilities
      body {
        id
        kind
        name(locale: $locale)
        meetings {
          id
          title
          startsAt
          status
          minutesStatus
        }
      }
      quorum {
        met
        present
        required
        members
        absentParties
      }
      attendance {
        status
        membership {
          id
          role
          partyCode
          person {
            id
            displayName
          }
          alternate {
            id
            displayName
          }
        }
      }
      agenda {
        id
        position
        title
        description
        subjectKind
        subjectReference
        areaCode
        phaseCode
        opinions {
          id
          text
          createdAt
          expert {
            id
            displayName
          }
        }
        votes {
          ...VoteFields
        }
      }
    }
  }
`);

export const StartMeetingMutationDocument = graphql(`
  mutation StartMeeting($meetingId: ID!) {
    startMeeting(meetingId: $meetingId) {
      id
      status
      startedAt
    }
  }
`);

export const CloseMeetingMutationDocument = graphql(`
  mutation CloseMeeting($meetingId: ID!) {
    closeMeeting(meetingId: $meetingId) {
      id
      status
      closedAt
    }
  }
`);

export const RecordAttendanceMutationDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);

export const OpenVoteMutationDocument = graphql(`
  mutation OpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      id
      status
    }
  }
`);

export const CastVoteMutationDocument = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      choice
      castAt
    }
  }
`);

export const CloseVoteMutationDocument = graphql(`
  mutation CloseVote($voteId: ID!, $locale: Locale) {
    closeVote(voteId: $voteId) {
      ...DecisionSummary
    }
  }
`);

export const DraftMinutesMutationDocument = graphql(`
  mutation DraftMinutes($input: DraftMinutesInput!) {
    draftMinutes(input: $input) {
      id
      minutes
      minutesStatus
    }
  }
`);

export const ApproveMinutesMutationDocument = graphql(`
  mutation ApproveMinutes($input: ApproveMinutesInput!) {
    approveMinutes(input: $input) {
      id
      minutesStatus
    }
  }
`);

export const SubmitExpertOpinionMutationDocument = graphql(`
  mutation SubmitExpertOpinion($input: SubmitExpertOpinionInput!) {
    submitExpertOpinion(input: $input) {
      id
      agendaItemId
      text
      createdAt
      expert {
        id
        displayName
      }
    }
  }
`);
