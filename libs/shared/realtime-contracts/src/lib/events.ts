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
 * A domain event as delivered to a room, after its transaction committed. A per-room sequence
 * number for catch-up on reconnect arrives with the consultation threads, the first rooms that need it.
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
}
