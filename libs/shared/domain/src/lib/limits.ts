/** Input limits shared by the API validation and the web forms, so both say the same thing. */
export const ACCOUNT_LIMITS = {
  passwordMinLength: 12,
  /** argon2 hashing cost grows with input; a bound keeps sign-in from being a denial-of-service lever. */
  passwordMaxLength: 128,
  displayNameMinLength: 2,
  displayNameMaxLength: 80,
  emailMaxLength: 254,
} as const;

export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxBodyBytes: 100 * 1024,
  maxPageSize: 100,
} as const;

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  /** Failed attempts allowed per e-mail address in the window. */
  failuresPerEmail: 5,
  /** Attempts allowed per client address in the window; generous so an office behind one address is not locked out. */
  attemptsPerIp: 100,
  /** Registrations allowed per client address in the window. */
  registrationsPerIp: 20,
} as const;
