/**
 * Socket.io contract shared by the API gateway and the web client. Rooms are named by
 * the functions below so both sides build the same string.
 */
export const PUBLIC_ROOM = 'public';

export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** A body's working room: its members and their alternates hear meetings and votes live. */
export function bodyRoom(bodyId: string): string {
  return `body:${bodyId}`;
}

/**
 * A domain event as delivered to a room, after its transaction committed. Rooms that promise
 * catch-up on reconnect (a consultation's) carry a sequence number in their payload.
 */
export interface RoomEvent<TPayload = unknown> {
  room: string;
  type: string;
  payload: TPayload;
  occurredAt: string;
}

export interface ServerToClientEvents {
  event: (event: RoomEvent) => void;
}

export type JoinResult = { ok: true; room: string } | { ok: false; error: 'UNAUTHENTICATED' | 'FORBIDDEN' };

export interface ClientToServerEvents {
  join: (room: string, ack: (result: JoinResult) => void) => void;
  leave: (room: string, ack: (result: { ok: true }) => void) => void;
  /** Posts a contribution (the input of postContribution): same checks and rate limit as over HTTP. */
  'contributions.post': (input: unknown, ack: (result: CommandResult<PostedContribution>) => void) => void;
}

/**
 * A command's answer over the socket: the value, or the same typed error the GraphQL API gives
 * (code, message, and the field errors or the wait when there are some).
 */
export type CommandResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: {
        code: string;
        message: string;
        fieldErrors?: Record<string, string[]>;
        retryAfterSeconds?: number;
      };
    };

export const CONTRIBUTION_COMMANDS = { POST: 'contributions.post' } as const;

export interface PostedContribution {
  id: string;
  status: string;
  /** False when the idempotency key had already been used: the first contribution is returned. */
  created: boolean;
}

/** What governance tells a body's room and its members' rooms; clients refetch what changed. */
export const GOVERNANCE_EVENTS = {
  /** To each member's own room: a meeting was convened. Payload: MeetingEventPayload. */
  MEETING_CONVENED: 'governance.meeting-convened',
  /** To the body's room: attendance, status or minutes changed. Payload: MeetingEventPayload. */
  MEETING_UPDATED: 'governance.meeting-updated',
  /** To the body's room: a vote opened, got a ballot or closed. Payload: VoteEventPayload. */
  VOTE_UPDATED: 'governance.vote-updated',
} as const;

export interface MeetingEventPayload {
  bodyId: string;
  meetingId: string;
}

/** Only the turnout travels: results stay hidden until the close when the body says so. */
export interface VoteEventPayload extends MeetingEventPayload {
  voteId: string;
  status: 'OPEN' | 'CLOSED';
  voted: number;
  eligible: number;
}

/** A work plan's room: whoever may read the plan watches its status and progress live. */
export function workPlanRoom(workPlanId: string): string {
  return `work-plan:${workPlanId}`;
}

export const WORK_PLAN_EVENTS = {
  /** To the plan's room: the plan, an activity or the report changed. Payload: WorkPlanEventPayload. */
  UPDATED: 'work-plans.updated',
} as const;

export interface WorkPlanEventPayload {
  workPlanId: string;
  /** What happened, e.g. "activity-updated" or "adopted": clients refetch what they show. */
  change: string;
  activityId?: string;
  status: string;
  revision: number;
}

/**
 * Who else is in a room where people edit together, sent to the room whenever someone joins or
 * leaves (closing the tab included). Payload: PresencePayload.
 */
export const PRESENCE_EVENT = 'presence.changed';

export interface PresencePayload {
  room: string;
  people: { userId: string; displayName: string }[];
}

/** An intervention's editing room: the bodies' members and engaged experts, with presence. */
export function interventionRoom(interventionId: string): string {
  return `intervention:${interventionId}`;
}

export const INTERVENTION_EVENTS = {
  /** To the intervention's room: a new version was saved. Payload: InterventionEventPayload. */
  UPDATED: 'interventions.updated',
} as const;

export interface InterventionEventPayload {
  interventionId: string;
  version: number;
  status: string;
  /** Who saved it, so the others know whose change they are about to see. */
  by: string;
  /** The saver's id, so their own tab does not announce their own save as someone else's. */
  byUserId: string;
}

/** A consultation's public room: everything that happens in it, numbered by `seq`. Open to anyone. */
export function consultationRoom(consultationId: string): string {
  return `consultation:${consultationId}`;
}

/** One thread of a consultation (a root contribution and its replies): the same events, for that thread. */
export function threadRoom(threadId: string): string {
  return `thread:${threadId}`;
}

export const CONTRIBUTION_EVENTS = {
  /** A contribution became public (posted, or approved by a moderator). */
  PUBLISHED: 'contributions.published',
  /** Its author changed the text within the edit window. */
  EDITED: 'contributions.edited',
  /** Taken down pending review (reports or a moderator), or rejected: its text is no longer public. */
  HIDDEN: 'contributions.hidden',
  /** A moderator put it back. */
  RESTORED: 'contributions.restored',
  /** Its supports changed. */
  SUPPORTED: 'contributions.supported',
  /** The committee's answer to it was published. */
  ANSWERED: 'contributions.answered',
  /** The consultation opened or closed. */
  CONSULTATION_STATUS: 'consultations.status',
} as const;

export type ContributionEventType = (typeof CONTRIBUTION_EVENTS)[keyof typeof CONTRIBUTION_EVENTS];

/** The public face of a contribution, as the room hears it (never an e-mail, never a hidden text). */
export interface ContributionView {
  id: string;
  consultationId: string;
  parentId: string | null;
  threadId: string;
  depth: number;
  kind: string;
  status: string;
  /** Null when it is not public (hidden pending review). */
  body: string | null;
  authorName: string;
  organisationName: string | null;
  category: string;
  anchorKind: string | null;
  anchorRef: string | null;
  replyCount: number;
  supportCount: number;
  createdAt: string;
  editedAt: string | null;
}

/**
 * Every event of a consultation's rooms. `seq` numbers the consultation's events without gaps, so
 * a client that reconnects asks `contributionEventsSince(consultationId, after: lastSeq)` and
 * applies each missed event once (an event with a seq it has already applied is skipped).
 */
export interface ContributionEventPayload {
  seq: number;
  consultationId: string;
  threadId: string | null;
  contributionId: string | null;
  contribution: ContributionView | null;
  /** The consultation's published contributions after this event. */
  contributionCount: number;
  /** For CONSULTATION_STATUS: the new status. */
  status?: string;
}

/**
 * To a person's own room (`userRoom`), after the change committed: their notifications changed.
 * The badge shows `unreadCount`; the list refetches. Payload: NotificationEventPayload.
 */
export const NOTIFICATION_EVENTS = {
  /** New notifications were written for them. */
  CREATED: 'notifications.created',
  /** They marked some as read (in another tab, perhaps). */
  READ: 'notifications.read',
} as const;

export interface NotificationEventPayload {
  unreadCount: number;
}
