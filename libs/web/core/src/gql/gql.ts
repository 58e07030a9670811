/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query BodiesPage($locale: Locale) {\n    bodies {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      members {\n        id\n        role\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n  }\n": typeof types.BodiesPageDocument,
    "\n  fragment MembershipFields on Membership {\n    id\n    role\n    partyCode\n    designationReference\n    designationDate\n    termFrom\n    termTo\n    endedOn\n    endReason\n    person {\n      id\n      displayName\n    }\n    alternate {\n      id\n      displayName\n    }\n    decision {\n      id\n      reference\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  query BodyPage($id: ID!, $locale: Locale, $includeEnded: Boolean!) {\n    body(id: $id) {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      resultsHiddenUntilClose\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      votingRules {\n        quorumMembers\n        eachPartyPresent\n        doubleMajority\n        abstentionsCountAsCast\n        chairCastingVote\n      }\n      members(includeEnded: $includeEnded) {\n        ...MembershipFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n        place\n        minutesStatus\n      }\n    }\n  }\n": typeof types.BodyPageDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query DecisionsPage($bodyId: ID, $year: Int, $locale: Locale) {\n    decisions(bodyId: $bodyId, year: $year) {\n      id\n      reference\n      number\n      year\n      title\n      decidedAt\n      result\n      reason(locale: $locale)\n      present\n      members\n      tally {\n        for\n        against\n        abstain\n        recused\n        notVoted\n      }\n      body {\n        id\n        name(locale: $locale)\n      }\n      meeting {\n        id\n        title\n      }\n      ballots {\n        choice\n        castAt\n        castBy {\n          id\n          displayName\n        }\n        seat {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DecisionsPageDocument,
    "\n  query DecisionFilters($locale: Locale) {\n    bodies {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.DecisionFiltersDocument,
    "\n  fragment DecisionSummary on Decision {\n    id\n    reference\n    result\n    reason(locale: $locale)\n    decidedAt\n    present\n    members\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n  }\n": typeof types.DecisionSummaryFragmentDoc,
    "\n  fragment VoteFields on Vote {\n    id\n    agendaItemId\n    title\n    status\n    openedAt\n    closedAt\n    deadline\n    resultsHidden\n    turnout {\n      voted\n      eligible\n    }\n    tally {\n      for\n      against\n      abstain\n      recused\n    }\n    myBallot {\n      choice\n      castAt\n    }\n    decision {\n      ...DecisionSummary\n    }\n  }\n": typeof types.VoteFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!, $locale: Locale) {\n    meeting(id: $id) {\n      id\n      bodyId\n      title\n      status\n      startsAt\n      startedAt\n      closedAt\n      place\n      link\n      minutes\n      minutesStatus\n      minutesApprovedAt {\n        id\n        title\n        startsAt\n      }\n      myRoles\n      myCapabilities\n      body {\n        id\n        kind\n        name(locale: $locale)\n        meetings {\n          id\n          title\n          startsAt\n          status\n          minutesStatus\n        }\n      }\n      quorum {\n        met\n        present\n        required\n        members\n        absentParties\n      }\n      attendance {\n        status\n        membership {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n          alternate {\n            id\n            displayName\n          }\n        }\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        subjectKind\n        subjectReference\n        areaCode\n        phaseCode\n        opinions {\n          id\n          text\n          createdAt\n          expert {\n            id\n            displayName\n          }\n        }\n        votes {\n          ...VoteFields\n        }\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n      startedAt\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenVoteDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      choice\n      castAt\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseVote($voteId: ID!, $locale: Locale) {\n    closeVote(voteId: $voteId) {\n      ...DecisionSummary\n    }\n  }\n": typeof types.CloseVoteDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n": typeof types.DraftMinutesDocument,
    "\n  mutation ApproveMinutes($input: ApproveMinutesInput!) {\n    approveMinutes(input: $input) {\n      id\n      minutesStatus\n    }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  mutation SubmitExpertOpinion($input: SubmitExpertOpinionInput!) {\n    submitExpertOpinion(input: $input) {\n      id\n      agendaItemId\n      text\n      createdAt\n      expert {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SubmitExpertOpinionDocument,
    "\n  query GovernanceReference($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n    }\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n    }\n    parties {\n      code\n      name(locale: $locale)\n      shortName(locale: $locale)\n    }\n  }\n": typeof types.GovernanceReferenceDocument,
    "\n  query Experts {\n    experts {\n      id\n      active\n      areaCodes\n      phaseCodes\n      theme\n      startsOn\n      endsOn\n      endedOn\n      declarationOfInterest\n      person {\n        id\n        displayName\n      }\n      decision {\n        id\n        reference\n        title\n        meeting {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExpertsDocument,
    "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.AreasPageDocument,
    "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.AreaPageDocument,
    "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.HomePageDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query BodiesPage($locale: Locale) {\n    bodies {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      members {\n        id\n        role\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n  }\n": types.BodiesPageDocument,
    "\n  fragment MembershipFields on Membership {\n    id\n    role\n    partyCode\n    designationReference\n    designationDate\n    termFrom\n    termTo\n    endedOn\n    endReason\n    person {\n      id\n      displayName\n    }\n    alternate {\n      id\n      displayName\n    }\n    decision {\n      id\n      reference\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  query BodyPage($id: ID!, $locale: Locale, $includeEnded: Boolean!) {\n    body(id: $id) {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      resultsHiddenUntilClose\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      votingRules {\n        quorumMembers\n        eachPartyPresent\n        doubleMajority\n        abstentionsCountAsCast\n        chairCastingVote\n      }\n      members(includeEnded: $includeEnded) {\n        ...MembershipFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n        place\n        minutesStatus\n      }\n    }\n  }\n": types.BodyPageDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query DecisionsPage($bodyId: ID, $year: Int, $locale: Locale) {\n    decisions(bodyId: $bodyId, year: $year) {\n      id\n      reference\n      number\n      year\n      title\n      decidedAt\n      result\n      reason(locale: $locale)\n      present\n      members\n      tally {\n        for\n        against\n        abstain\n        recused\n        notVoted\n      }\n      body {\n        id\n        name(locale: $locale)\n      }\n      meeting {\n        id\n        title\n      }\n      ballots {\n        choice\n        castAt\n        castBy {\n          id\n          displayName\n        }\n        seat {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DecisionsPageDocument,
    "\n  query DecisionFilters($locale: Locale) {\n    bodies {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.DecisionFiltersDocument,
    "\n  fragment DecisionSummary on Decision {\n    id\n    reference\n    result\n    reason(locale: $locale)\n    decidedAt\n    present\n    members\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n  }\n": types.DecisionSummaryFragmentDoc,
    "\n  fragment VoteFields on Vote {\n    id\n    agendaItemId\n    title\n    status\n    openedAt\n    closedAt\n    deadline\n    resultsHidden\n    turnout {\n      voted\n      eligible\n    }\n    tally {\n      for\n      against\n      abstain\n      recused\n    }\n    myBallot {\n      choice\n      castAt\n    }\n    decision {\n      ...DecisionSummary\n    }\n  }\n": types.VoteFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!, $locale: Locale) {\n    meeting(id: $id) {\n      id\n      bodyId\n      title\n      status\n      startsAt\n      startedAt\n      closedAt\n      place\n      link\n      minutes\n      minutesStatus\n      minutesApprovedAt {\n        id\n        title\n        startsAt\n      }\n      myRoles\n      myCapabilities\n      body {\n        id\n        kind\n        name(locale: $locale)\n        meetings {\n          id\n          title\n          startsAt\n          status\n          minutesStatus\n        }\n      }\n      quorum {\n        met\n        present\n        required\n        members\n        absentParties\n      }\n      attendance {\n        status\n        membership {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n          alternate {\n            id\n            displayName\n          }\n        }\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        subjectKind\n        subjectReference\n        areaCode\n        phaseCode\n        opinions {\n          id\n          text\n          createdAt\n          expert {\n            id\n            displayName\n          }\n        }\n        votes {\n          ...VoteFields\n        }\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n      startedAt\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenVoteDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      choice\n      castAt\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseVote($voteId: ID!, $locale: Locale) {\n    closeVote(voteId: $voteId) {\n      ...DecisionSummary\n    }\n  }\n": types.CloseVoteDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n": types.DraftMinutesDocument,
    "\n  mutation ApproveMinutes($input: ApproveMinutesInput!) {\n    approveMinutes(input: $input) {\n      id\n      minutesStatus\n    }\n  }\n": types.ApproveMinutesDocument,
    "\n  mutation SubmitExpertOpinion($input: SubmitExpertOpinionInput!) {\n    submitExpertOpinion(input: $input) {\n      id\n      agendaItemId\n      text\n      createdAt\n      expert {\n        id\n        displayName\n      }\n    }\n  }\n": types.SubmitExpertOpinionDocument,
    "\n  query GovernanceReference($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n    }\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n    }\n    parties {\n      code\n      name(locale: $locale)\n      shortName(locale: $locale)\n    }\n  }\n": types.GovernanceReferenceDocument,
    "\n  query Experts {\n    experts {\n      id\n      active\n      areaCodes\n      phaseCodes\n      theme\n      startsOn\n      endsOn\n      endedOn\n      declarationOfInterest\n      person {\n        id\n        displayName\n      }\n      decision {\n        id\n        reference\n        title\n        meeting {\n          id\n        }\n      }\n    }\n  }\n": types.ExpertsDocument,
    "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.AreasPageDocument,
    "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.AreaPageDocument,
    "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.HomePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BodiesPage($locale: Locale) {\n    bodies {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      members {\n        id\n        role\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BodiesPage($locale: Locale) {\n    bodies {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      members {\n        id\n        role\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    id\n    role\n    partyCode\n    designationReference\n    designationDate\n    termFrom\n    termTo\n    endedOn\n    endReason\n    person {\n      id\n      displayName\n    }\n    alternate {\n      id\n      displayName\n    }\n    decision {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on Membership {\n    id\n    role\n    partyCode\n    designationReference\n    designationDate\n    termFrom\n    termTo\n    endedOn\n    endReason\n    person {\n      id\n      displayName\n    }\n    alternate {\n      id\n      displayName\n    }\n    decision {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BodyPage($id: ID!, $locale: Locale, $includeEnded: Boolean!) {\n    body(id: $id) {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      resultsHiddenUntilClose\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      votingRules {\n        quorumMembers\n        eachPartyPresent\n        doubleMajority\n        abstentionsCountAsCast\n        chairCastingVote\n      }\n      members(includeEnded: $includeEnded) {\n        ...MembershipFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n        place\n        minutesStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query BodyPage($id: ID!, $locale: Locale, $includeEnded: Boolean!) {\n    body(id: $id) {\n      id\n      code\n      kind\n      name(locale: $locale)\n      description(locale: $locale)\n      complete\n      seats\n      seatsPerParty\n      resultsHiddenUntilClose\n      vacancies {\n        partyCode\n        seats\n        vacant\n      }\n      votingRules {\n        quorumMembers\n        eachPartyPresent\n        doubleMajority\n        abstentionsCountAsCast\n        chairCastingVote\n      }\n      members(includeEnded: $includeEnded) {\n        ...MembershipFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        status\n        place\n        minutesStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionsPage($bodyId: ID, $year: Int, $locale: Locale) {\n    decisions(bodyId: $bodyId, year: $year) {\n      id\n      reference\n      number\n      year\n      title\n      decidedAt\n      result\n      reason(locale: $locale)\n      present\n      members\n      tally {\n        for\n        against\n        abstain\n        recused\n        notVoted\n      }\n      body {\n        id\n        name(locale: $locale)\n      }\n      meeting {\n        id\n        title\n      }\n      ballots {\n        choice\n        castAt\n        castBy {\n          id\n          displayName\n        }\n        seat {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionsPage($bodyId: ID, $year: Int, $locale: Locale) {\n    decisions(bodyId: $bodyId, year: $year) {\n      id\n      reference\n      number\n      year\n      title\n      decidedAt\n      result\n      reason(locale: $locale)\n      present\n      members\n      tally {\n        for\n        against\n        abstain\n        recused\n        notVoted\n      }\n      body {\n        id\n        name(locale: $locale)\n      }\n      meeting {\n        id\n        title\n      }\n      ballots {\n        choice\n        castAt\n        castBy {\n          id\n          displayName\n        }\n        seat {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionFilters($locale: Locale) {\n    bodies {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query DecisionFilters($locale: Locale) {\n    bodies {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionSummary on Decision {\n    id\n    reference\n    result\n    reason(locale: $locale)\n    decidedAt\n    present\n    members\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionSummary on Decision {\n    id\n    reference\n    result\n    reason(locale: $locale)\n    decidedAt\n    present\n    members\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteFields on Vote {\n    id\n    agendaItemId\n    title\n    status\n    openedAt\n    closedAt\n    deadline\n    resultsHidden\n    turnout {\n      voted\n      eligible\n    }\n    tally {\n      for\n      against\n      abstain\n      recused\n    }\n    myBallot {\n      choice\n      castAt\n    }\n    decision {\n      ...DecisionSummary\n    }\n  }\n"): (typeof documents)["\n  fragment VoteFields on Vote {\n    id\n    agendaItemId\n    title\n    status\n    openedAt\n    closedAt\n    deadline\n    resultsHidden\n    turnout {\n      voted\n      eligible\n    }\n    tally {\n      for\n      against\n      abstain\n      recused\n    }\n    myBallot {\n      choice\n      castAt\n    }\n    decision {\n      ...DecisionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!, $locale: Locale) {\n    meeting(id: $id) {\n      id\n      bodyId\n      title\n      status\n      startsAt\n      startedAt\n      closedAt\n      place\n      link\n      minutes\n      minutesStatus\n      minutesApprovedAt {\n        id\n        title\n        startsAt\n      }\n      myRoles\n      myCapabilities\n      body {\n        id\n        kind\n        name(locale: $locale)\n        meetings {\n          id\n          title\n          startsAt\n          status\n          minutesStatus\n        }\n      }\n      quorum {\n        met\n        present\n        required\n        members\n        absentParties\n      }\n      attendance {\n        status\n        membership {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n          alternate {\n            id\n            displayName\n          }\n        }\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        subjectKind\n        subjectReference\n        areaCode\n        phaseCode\n        opinions {\n          id\n          text\n          createdAt\n          expert {\n            id\n            displayName\n          }\n        }\n        votes {\n          ...VoteFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!, $locale: Locale) {\n    meeting(id: $id) {\n      id\n      bodyId\n      title\n      status\n      startsAt\n      startedAt\n      closedAt\n      place\n      link\n      minutes\n      minutesStatus\n      minutesApprovedAt {\n        id\n        title\n        startsAt\n      }\n      myRoles\n      myCapabilities\n      body {\n        id\n        kind\n        name(locale: $locale)\n        meetings {\n          id\n          title\n          startsAt\n          status\n          minutesStatus\n        }\n      }\n      quorum {\n        met\n        present\n        required\n        members\n        absentParties\n      }\n      attendance {\n        status\n        membership {\n          id\n          role\n          partyCode\n          person {\n            id\n            displayName\n          }\n          alternate {\n            id\n            displayName\n          }\n        }\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        subjectKind\n        subjectReference\n        areaCode\n        phaseCode\n        opinions {\n          id\n          text\n          createdAt\n          expert {\n            id\n            displayName\n          }\n        }\n        votes {\n          ...VoteFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      choice\n      castAt\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      choice\n      castAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVote($voteId: ID!, $locale: Locale) {\n    closeVote(voteId: $voteId) {\n      ...DecisionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVote($voteId: ID!, $locale: Locale) {\n    closeVote(voteId: $voteId) {\n      ...DecisionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n"): (typeof documents)["\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($input: ApproveMinutesInput!) {\n    approveMinutes(input: $input) {\n      id\n      minutesStatus\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($input: ApproveMinutesInput!) {\n    approveMinutes(input: $input) {\n      id\n      minutesStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExpertOpinion($input: SubmitExpertOpinionInput!) {\n    submitExpertOpinion(input: $input) {\n      id\n      agendaItemId\n      text\n      createdAt\n      expert {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitExpertOpinion($input: SubmitExpertOpinionInput!) {\n    submitExpertOpinion(input: $input) {\n      id\n      agendaItemId\n      text\n      createdAt\n      expert {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernanceReference($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n    }\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n    }\n    parties {\n      code\n      name(locale: $locale)\n      shortName(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query GovernanceReference($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n    }\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n    }\n    parties {\n      code\n      name(locale: $locale)\n      shortName(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experts {\n    experts {\n      id\n      active\n      areaCodes\n      phaseCodes\n      theme\n      startsOn\n      endsOn\n      endedOn\n      declarationOfInterest\n      person {\n        id\n        displayName\n      }\n      decision {\n        id\n        reference\n        title\n        meeting {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Experts {\n    experts {\n      id\n      active\n      areaCodes\n      phaseCodes\n      theme\n      startsOn\n      endsOn\n      endedOn\n      declarationOfInterest\n      person {\n        id\n        displayName\n      }\n      decision {\n        id\n        reference\n        title\n        meeting {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;