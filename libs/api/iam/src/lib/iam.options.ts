export interface IamOptions {
  sessionTtlHours: number;
  /** Send the session cookie only over HTTPS (on in production behind TLS). */
  secureCookies: boolean;
}

export const IAM_OPTIONS = Symbol('IAM_OPTIONS');
