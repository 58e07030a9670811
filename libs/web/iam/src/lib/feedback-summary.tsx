import { Alert } from 'design-react-kit';
import type { Ref } from 'react';

/** The form-level message (an alert); focusable so that a failed submit can move focus onto it. */
export function FeedbackSummary({ message, summaryRef }: { message?: string; summaryRef: Ref<HTMLElement> }) {
  if (!message) return null;
  return (
    <Alert color="danger" className="mb-5" innerRef={summaryRef} tabIndex={-1}>
      {message}
    </Alert>
  );
}
