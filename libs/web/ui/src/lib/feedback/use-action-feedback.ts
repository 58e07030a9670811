import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ActionFeedback } from './action-feedback';

const NO_FIELDS: Readonly<Record<string, string>> = {};

/**
 * The state of one action's feedback: a failure or a success message. After a failure, keyboard and
 * screen-reader users land on the first field to fix (in `fieldIds` order), or on the alert when no
 * field is at fault, instead of staying on the button they pressed.
 */
export function useActionFeedback(fieldIds: Readonly<Record<string, string>> = NO_FIELDS) {
  const [feedback, setFeedback] = useState<ActionFeedback | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const alertRef = useRef<HTMLElement>(null);
  const moveFocus = useEffectEvent((shown: ActionFeedback) => {
    const firstInvalid = Object.keys(fieldIds).find((field) => shown.fieldErrors[field]?.length);
    const target = firstInvalid ? document.getElementById(fieldIds[firstInvalid]) : alertRef.current;
    target?.focus();
  });
  useEffect(() => {
    if (feedback) moveFocus(feedback);
  }, [feedback]);

  const fail = (next: ActionFeedback | null) => {
    setSuccess(null);
    setFeedback(next);
  };
  const succeed = (message: string) => {
    setFeedback(null);
    setSuccess(message);
  };
  const reset = () => {
    setFeedback(null);
    setSuccess(null);
  };
  return { feedback, success, alertRef, fail, succeed, reset };
}
