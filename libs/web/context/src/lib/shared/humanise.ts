/**
 * A data name as words: "avgStayForeign" → "Avg stay foreign", "totale.presenze" → "Totale ·
 * presenze", "area_x_origin_2018" → "Area x origin 2018", "shareOfAllBusinessesPct" → "Share of
 * all businesses %". Acronyms ("YARE", "EUR") keep their capitals.
 */
export function humaniseName(name: string): string {
  const words = name
    .split('.')
    .map((part) =>
      part
        .replace(/_/g, ' ')
        // "EURmillion", "GDPgrowth": an acronym glued to a word.
        .replace(/([A-Z]{3,})(?=[a-z]{2,})/g, '$1 ')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Za-z])(\d)/g, '$1 $2')
        .replace(/(\d)([A-Za-z])/g, '$1 $2')
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => (word === 'Pct' || word === 'pct' ? '%' : isAcronym(word) ? word : word.toLowerCase()))
        .join(' '),
    )
    .filter(Boolean)
    .join(' · ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A period label as the language writes it: "2018-12-31" → "31 dic 2018"; other labels as they are. */
export function periodLabel(label: string, locale: string): string {
  const day = DAY.exec(label);
  if (!day) return label;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
