import {
  describeEvidence,
  diffLines,
  diffWords,
  type InterventionFieldChange,
  type SwotItemSnapshot,
} from '@piano2030/shared-domain';

type Change = Omit<InterventionFieldChange, 'field'> & { field: keyof SwotItemSnapshot };

/** Field by field; the text word by word, the evidence link by link. */
export function diffSwotSnapshots(before: SwotItemSnapshot, after: SwotItemSnapshot): Change[] {
  const changes: Change[] = [];
  const scalar = (field: 'quadrant' | 'weight' | 'status') => {
    const [a, b] = [String(before[field]), String(after[field])];
    if (a !== b)
      changes.push({
        field,
        before: a,
        after: b,
        segments: [
          { op: 'DELETE', text: a },
          { op: 'INSERT', text: b },
        ],
      });
  };
  scalar('status');
  scalar('quadrant');
  if (before.text !== after.text)
    changes.push({
      field: 'text',
      before: before.text,
      after: after.text,
      segments: diffWords(before.text, after.text),
    });
  scalar('weight');
  const [a, b] = [before.evidence, after.evidence].map((list) => list.map(describeEvidence).join('\n'));
  if (a !== b) changes.push({ field: 'evidence', before: a, after: b, segments: diffLines(a, b) });
  return changes;
}
