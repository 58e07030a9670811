export type DiffOp = 'EQUAL' | 'INSERT' | 'DELETE';
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/**
 * A word is a run of letters, digits and combining marks, with apostrophes kept inside it so that
 * "dell'area" changes as one word; everything between words (spaces, punctuation) is one token.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\p{L}\p{N}\p{M}]+/gu;

/** Words and the runs between them; they concatenate back to the text. */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Lines and the line breaks between them, each its own token: appending an entry then inserts
 * "\nentry" and leaves the previous last line equal, instead of replacing it with "line\n".
 */
export function lineTokens(text: string): string[] {
  return text.split(/(\r?\n)/).filter((token) => token !== '');
}

/** Collects per-token edits into segments: within a change, deletions first, then insertions. */
class SegmentBuilder {
  readonly segments: DiffSegment[] = [];
  private deleted = '';
  private inserted = '';

  equal(text: string): void {
    this.flush();
    this.push('EQUAL', text);
  }

  delete(text: string): void {
    this.deleted += text;
  }

  insert(text: string): void {
    this.inserted += text;
  }

  flush(): void {
    if (this.deleted) this.push('DELETE', this.deleted);
    if (this.inserted) this.push('INSERT', this.inserted);
    this.deleted = this.inserted = '';
  }

  private push(op: DiffOp, text: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last?.op === op) last.text += text;
    else this.segments.push({ op, text });
  }
}

interface Sequences {
  /** Tokens as small integers: equal tokens, equal ids, so comparing is one integer test. */
  a: Int32Array;
  b: Int32Array;
  before: readonly string[];
  after: readonly string[];
  out: SegmentBuilder;
}

/**
 * Myers' middle snake: the point where a shortest edit path from the start and one from the end
 * meet. Both ranges are non-empty and share no first or last token, so the split point is strictly
 * inside them and each half is a smaller problem. Memory stays linear in the ranges' length.
 */
function middleSnake(s: Sequences, aLo: number, aHi: number, bLo: number, bHi: number): [number, number] {
  const { a, b } = s;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const forward = new Int32Array(2 * offset + 2).fill(-1);
  const reverse = new Int32Array(2 * offset + 2).fill(-1);
  forward[offset + 1] = 0;
  reverse[offset + 1] = 0;
  const delta = n - m;
  const odd = delta % 2 !== 0;
  // Diagonals whose paths ran off the edit graph are not extended again.
  let fStart = 0;
  let fEnd = 0;
  let rStart = 0;
  let rEnd = 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d + fStart; k <= d - fEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[i] = x;
      if (x > n) fEnd += 2;
      else if (y > m) fStart += 2;
      else if (odd) {
        const j = offset + delta - k;
        if (j >= 0 && j < reverse.length && reverse[j] !== -1 && x >= n - reverse[j]) return [x, y];
      }
    }
    // The reverse search runs on the mirrored sequences: x counts tokens from the end.
    for (let k = -d + rStart; k <= d - rEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && reverse[i - 1] < reverse[i + 1]) ? reverse[i + 1] : reverse[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - x - 1] === b[bHi - y - 1]) {
        x++;
        y++;
      }
      reverse[i] = x;
      if (x > n) rEnd += 2;
      else if (y > m) rStart += 2;
      else if (!odd) {
        const j = offset + delta - k;
        if (j >= 0 && j < forward.length && forward[j] !== -1) {
          const fx = forward[j];
          if (fx >= n - x) return [fx, fx - (j - offset)];
        }
      }
    }
  }
  return [n, m];
}

function diffRange(s: Sequences, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b, before, out } = s;
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  let suffix = 0;
  while (
    aHi - suffix > aLo + prefix &&
    bHi - suffix > bLo + prefix &&
    a[aHi - suffix - 1] === b[bHi - suffix - 1]
  )
    suffix++;
  for (let i = aLo; i < aLo + prefix; i++) out.equal(before[i]);
  const [x0, x1, y0, y1] = [aLo + prefix, aHi - suffix, bLo + prefix, bHi - suffix];
  if (x0 < x1 && y0 < y1) {
    const [x, y] = middleSnake(s, x0, x1, y0, y1);
    const inside = (x > 0 || y > 0) && (x < x1 - x0 || y < y1 - y0);
    if (inside) {
      diffRange(s, x0, x0 + x, y0, y0 + y);
      diffRange(s, x0 + x, x1, y0 + y, y1);
    } else {
      // Unreachable for trimmed ranges; kept so a mistake costs a coarser diff, never a hang.
      replace(s, x0, x1, y0, y1);
    }
  } else replace(s, x0, x1, y0, y1);
  for (let i = aHi - suffix; i < aHi; i++) out.equal(before[i]);
}

function replace(s: Sequences, x0: number, x1: number, y0: number, y1: number): void {
  for (let i = x0; i < x1; i++) s.out.delete(s.before[i]);
  for (let j = y0; j < y1; j++) s.out.insert(s.after[j]);
}

/**
 * A shortest edit script between two token lists (Myers, O((N+M)·D) time, linear memory),
 * as segments: EQUAL and DELETE texts concatenate to `before`, EQUAL and INSERT texts to `after`.
 */
export function diffTokens(before: readonly string[], after: readonly string[]): DiffSegment[] {
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const s: Sequences = {
    a: Int32Array.from(before, intern),
    b: Int32Array.from(after, intern),
    before,
    after,
    out: new SegmentBuilder(),
  };
  diffRange(s, 0, before.length, 0, after.length);
  s.out.flush();
  return s.out.segments;
}

/**
 * A shortest script may keep a lone space or line break between two changed words or lines, which
 * reads as a patchwork; such a separator joins the change around it, so the change reads as a block.
 */
function absorbSeparators(segments: DiffSegment[], isSeparator: (text: string) => boolean): DiffSegment[] {
  const out = new SegmentBuilder();
  segments.forEach((segment, i) => {
    const between = i > 0 && i < segments.length - 1 && segments[i + 1].op !== 'EQUAL';
    if (segment.op === 'EQUAL' && !(between && segments[i - 1].op !== 'EQUAL' && isSeparator(segment.text)))
      out.equal(segment.text);
    else {
      if (segment.op !== 'INSERT') out.delete(segment.text);
      if (segment.op !== 'DELETE') out.insert(segment.text);
    }
  });
  out.flush();
  return out.segments;
}

/** Word by word, for prose: only the words that changed are marked. */
export function diffWords(before: string, after: string): DiffSegment[] {
  return absorbSeparators(
    diffTokens(wordTokens(before), wordTokens(after)),
    (text) => !/[\p{L}\p{N}]/u.test(text),
  );
}

/** Line by line, for lists shown one entry per line: an entry changes as a whole. */
export function diffLines(before: string, after: string): DiffSegment[] {
  return absorbSeparators(diffTokens(lineTokens(before), lineTokens(after)), (text) =>
    /^[\r\n]+$/.test(text),
  );
}
