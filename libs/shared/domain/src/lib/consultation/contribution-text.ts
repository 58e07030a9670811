/**
 * The safe subset of formatting a contribution may use, as data: paragraphs separated by a blank
 * line, "- " bullet lists, **bold**, _italic_ and bare https links. The web turns these nodes into
 * elements (never HTML strings), so whatever markup a body holds is shown as the text it is.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'em'; text: string }
  | { type: 'link'; href: string; text: string };

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const BULLET = /^\s*[-*]\s+/;
/** Links only to the web, never javascript: or data: URLs. */
const TOKEN = /\*\*([^*\n]+?)\*\*|(?<![\w])_([^_\n]+?)_(?![\w])|(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

export function parseInline(line: string): Inline[] {
  const nodes: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: line.slice(last, index) });
    if (match[1] !== undefined) nodes.push({ type: 'strong', text: match[1] });
    else if (match[2] !== undefined) nodes.push({ type: 'em', text: match[2] });
    else nodes.push({ type: 'link', href: match[3], text: match[3] });
    last = index + match[0].length;
  }
  if (last < line.length) nodes.push({ type: 'text', text: line.slice(last) });
  return nodes;
}

export function parseContributionText(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim());
    if (!lines.length) continue;
    if (lines.every((line) => BULLET.test(line))) {
      blocks.push({ type: 'list', items: lines.map((line) => parseInline(line.replace(BULLET, ''))) });
    } else {
      blocks.push({ type: 'paragraph', lines: lines.map(parseInline) });
    }
  }
  return blocks;
}
