import { useEffect, useRef } from 'react';
import type { FormFeedback } from './form-feedback';

/**
 * After a failed submit, keyboard and screen-reader users land on the first field to fix, or on
 * the summary when no field is at fault, instead of staying on the submit button.
 */
export function useFocusOnFeedback(feedback: FormFeedback, fieldIds: Record<string, string>) {
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const firstInvalid = Object.keys(fieldIds).find((field) => feedback.fieldErrors[field]?.length);
    if (firstInvalid) document.getElementById(fieldIds[firstInvalid])?.focus();
    else if (feedback.summary) summaryRef.current?.focus();
  }, [feedback, fieldIds]);
  return summaryRef;
}
