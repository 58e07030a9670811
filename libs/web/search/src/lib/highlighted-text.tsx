export interface TextSegment {
  text: string;
  match: boolean;
}

/** An excerpt with the words that matched marked: text nodes and `<mark>`, never markup from the data. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
