interface DatedMeeting {
  id: string;
  startsAt: string;
  status: 'SCHEDULED' | 'IN_PROGRESS' | 'CLOSED';
}

/** Oldest first: the order a timeline reads in. The API lists the latest first. */
export function chronological<T extends DatedMeeting>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The meeting under way, or else the next one convened. */
export function upcomingMeeting<T extends DatedMeeting>(meetings: readonly T[]): T | undefined {
  const open = chronological(meetings).filter((meeting) => meeting.status !== 'CLOSED');
  return open.find((meeting) => meeting.status === 'IN_PROGRESS') ?? open[0];
}
