/** Someone a contribution may mention: a person by their full public name, or an organisation by name. */
export interface MentionCandidate {
  /** Who it is, e.g. `user:<id>` or `organisation:<id>`. */
  key: string;
  name: string;
}

/** An "@" that starts a mention: not inside a word or an e-mail address ("mario@example.org"). */
const MENTION_SIGN = /(?<![\p{L}\p{N}_.+-])@/gu;
const NAME_END = '(?![\\p{L}\\p{N}])';

const tidy = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The candidates a text mentions as `@Name`, each once. The name must follow the "@" exactly (any
 * run of white space standing for a space) and end there; where several names fit, the longest
 * wins ("@Sara Romano" over "@Sara"). A name two candidates share is ambiguous and never matches.
 */
export function findMentions(text: string, candidates: readonly MentionCandidate[]): string[] {
  const keysByName = new Map<string, Set<string>>();
  for (const { key, name } of candidates) {
    const tidied = tidy(name);
    if (!tidied) continue;
    const keys = keysByName.get(tidied) ?? new Set<string>();
    keys.add(key);
    keysByName.set(tidied, keys);
  }
  const patterns = [...keysByName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => ({
      name,
      pattern: new RegExp(name.split(' ').map(escape).join('\\s+') + NAME_END, 'uy'),
    }));
  const body = text.normalize('NFC');
  const found = new Set<string>();
  for (const sign of body.matchAll(MENTION_SIGN)) {
    const start = (sign.index ?? 0) + 1;
    const longest = patterns.find(({ pattern }) => {
      pattern.lastIndex = start;
      return pattern.test(body);
    });
    const keys = longest ? keysByName.get(longest.name) : undefined;
    if (keys?.size === 1) found.add([...keys][0]);
  }
  return [...found];
}
