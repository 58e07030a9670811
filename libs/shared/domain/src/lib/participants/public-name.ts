/**
 * How a person appears in public (contributions, lists of representatives): by initials unless they
 * choose their full display name. Organisations always appear by name.
 */
export const PUBLIC_NAME_MODES = ['INITIALS', 'FULL_NAME'] as const;
export type PublicNameMode = (typeof PUBLIC_NAME_MODES)[number];
export const DEFAULT_PUBLIC_NAME_MODE: PublicNameMode = 'INITIALS';

/** The first letter or digit of a word ("de'" → d, "D'Amico" → D, "-" → none). */
const FIRST_CHARACTER = /[\p{L}\p{N}]/u;

/** Words that begin a surname with the word after them: "de' Medici", "Da Vinci", "Van Gogh". */
const SURNAME_PARTICLES = new Set([
  ...['d', 'da', 'dal', 'dall', 'dalla', 'dalle', 'dallo', 'de', 'dei', 'degli', 'del', 'dell', 'della'],
  ...['delle', 'dello', 'der', 'des', 'di', 'du', 'la', 'le', 'li', 'lo', 'van', 'von'],
]);

const isParticle = (word: string) =>
  SURNAME_PARTICLES.has(word.toLocaleLowerCase('it').replace(/[’'`]+$/, ''));

/**
 * "Sara Romano" → "S. R."; "maria de' medici" → "M. D."; "Sara" → "S.". One initial per word, words
 * separated by white space: a hyphenated or apostrophised word gives its first letter, a surname
 * particle and the word after it give one initial (the particle's), and remarks in parentheses
 * ("Marco Rossi (Provincia)") are not part of the name.
 */
export function publicNameOf(displayName: string, mode: PublicNameMode): string {
  const name = displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (mode === 'FULL_NAME') return name;
  const words = name
    .replace(/\([^)]*\)?/g, ' ')
    .split(' ')
    .filter((word) => FIRST_CHARACTER.test(word));
  const initials = words
    .filter((_word, index) => index === 0 || !isParticle(words[index - 1]))
    .map((word) => FIRST_CHARACTER.exec(word)?.[0])
    .filter((initial): initial is string => Boolean(initial))
    .map((initial) => `${initial.toLocaleUpperCase('it')}.`);
  return initials.length ? initials.join(' ') : name;
}
