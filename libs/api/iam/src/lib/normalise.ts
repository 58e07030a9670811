/** E-mail addresses compare case-insensitively in practice; store one spelling. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Collapse runs of white space, so "  Mario   Rossi " and "Mario Rossi" are the same name. */
export function normaliseDisplayName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
