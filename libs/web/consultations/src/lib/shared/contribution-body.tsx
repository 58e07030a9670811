import { parseContributionText, type Inline } from '@piano2030/shared-domain';
import { Fragment } from 'react';

/** The rel every link written by a participant carries: no opener, no endorsement, user content. */
export const UGC_LINK_REL = 'noopener noreferrer nofollow ugc';

/** Only web links become links; anything else (a `javascript:` URL cannot even parse as one) stays text. */
const isWebLink = (href: string) => /^https:\/\//i.test(href);

function InlineNodes({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'strong':
            return <strong key={index}>{node.text}</strong>;
          case 'em':
            return <em key={index}>{node.text}</em>;
          case 'link':
            return isWebLink(node.href) ? (
              <a key={index} href={node.href} rel={UGC_LINK_REL}>
                {node.text}
              </a>
            ) : (
              <Fragment key={index}>{node.text}</Fragment>
            );
          default:
            return <Fragment key={index}>{node.text}</Fragment>;
        }
      })}
    </>
  );
}

const BULLET = /^\s*[-*]\s+/;

/** A line of a paragraph that starts with "- ": the bullet taken off its first words. */
function bulletItem(line: readonly Inline[]): Inline[] | null {
  const [first, ...rest] = line;
  if (first?.type !== 'text' || !BULLET.test(first.text)) return null;
  const text = first.text.replace(BULLET, '');
  return text ? [{ type: 'text', text }, ...rest] : rest;
}

type Run = { type: 'lines'; lines: Inline[][] } | { type: 'items'; items: Inline[][] };

/**
 * A paragraph whose lines are partly "- " items (a lead-in line, then a list without a blank line
 * before it, as people write): its lines in runs of text and of list items.
 */
function runsOf(lines: readonly Inline[][]): Run[] {
  const runs: Run[] = [];
  for (const line of lines) {
    const item = bulletItem(line);
    const last = runs[runs.length - 1];
    if (item && last?.type === 'items') last.items.push(item);
    else if (item) runs.push({ type: 'items', items: [item] });
    else if (last?.type === 'lines') last.lines.push(line);
    else runs.push({ type: 'lines', lines: [line] });
  }
  return runs;
}

function Lines({ lines }: { lines: readonly Inline[][] }) {
  return (
    <p>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          <InlineNodes nodes={line} />
        </Fragment>
      ))}
    </p>
  );
}

function Items({ items }: { items: readonly Inline[][] }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          <InlineNodes nodes={item} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A contribution's text, with the safe subset of formatting the rules allow (paragraphs, "- "
 * lists, **bold**, _italic_, https links), built as React elements from the parsed blocks: markup
 * in a body is shown as the text it is, never interpreted.
 */
export function ContributionBody({ body, className = '' }: { body: string; className?: string }) {
  const blocks = parseContributionText(body);
  return (
    <div className={`cons-body ${className}`.trim()}>
      {blocks.map((block, index) =>
        block.type === 'list' ? (
          <Items key={index} items={block.items} />
        ) : (
          <Fragment key={index}>
            {runsOf(block.lines).map((run, runIndex) =>
              run.type === 'items' ? (
                <Items key={runIndex} items={run.items} />
              ) : (
                <Lines key={runIndex} lines={run.lines} />
              ),
            )}
          </Fragment>
        ),
      )}
    </div>
  );
}
