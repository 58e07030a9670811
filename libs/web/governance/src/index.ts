export { BodiesPage } from './lib/bodies/bodies-page';
export { BodyPage } from './lib/body/body-page';
export { DecisionsPage } from './lib/decisions/decisions-page';
export { MeetingPage } from './lib/meeting/meeting-page';
export { upcomingMeeting } from './lib/meetings-order';
export { ResultBadge } from './lib/result-badge';
