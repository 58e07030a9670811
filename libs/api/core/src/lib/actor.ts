import type { RoleName } from '@piano2030/shared-domain';

/** Who is making a request: resolved from the session cookie once per request or socket. */
export interface Actor {
  userId: string;
  sessionId: string;
  /** As others see them: shown to those editing the same text (presence). */
  displayName: string;
  roles: RoleName[];
}

/** Implemented by the identity domain; lets HTTP and socket code authenticate without depending on it. */
export abstract class SessionAuthenticator {
  abstract authenticate(sessionToken: string): Promise<Actor | null>;
}

export const SESSION_COOKIE = 'piano2030_session';
