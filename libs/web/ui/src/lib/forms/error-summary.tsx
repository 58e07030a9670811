import type { MouseEvent, Ref } from 'react';
import { ActionAlert } from '../feedback/action-alert';

/** A message for a field, in the reader's language, or the API's own words marked as English. */
export interface FieldMessage {
  text: string;
  lang?: 'en';
}

/** An entry of an error summary (or a checklist): the field's name as its label says it, and its control. */
export interface SummaryEntry {
  key: string;
  /** The field's name as its label says it ("Titolo", "Risorse 2023 – Regione Toscana"). */
  label: string;
  message: FieldMessage;
  /** The control to fix; without one the entry is plain text. */
  targetId?: string;
}

/** A refused save as a form shows it: the summary's words, and the messages beside each control. */
export interface FormFailure {
  lead: string;
  detail?: string;
  /** Messages by the id of the control they are shown beside. */
  byControl: Record<string, FieldMessage[]>;
  entries: SummaryEntry[];
}

/**
 * Errors by input path (`title`, `questions.1`) placed for a form: by the control each belongs
 * beside (once per text), and as summary entries naming the field as its label does.
 */
export function placeFieldErrors(
  errors: Readonly<Record<string, readonly FieldMessage[]>>,
  place: (path: string) => { targetId: string | undefined; label: string },
): Pick<FormFailure, 'byControl' | 'entries'> {
  const byControl: Record<string, FieldMessage[]> = {};
  const entries: SummaryEntry[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const { targetId, label } = place(path);
    for (const message of messages) {
      if (targetId) {
        const list = (byControl[targetId] ??= []);
        if (!list.some((other) => other.text === message.text)) list.push(message);
      }
      entries.push({ key: `${path}-${message.text}`, label, message, targetId });
    }
  }
  return { byControl, entries };
}

/** The texts of a field's messages, for the kit-styled fields that take plain strings. */
export const texts = (messages: readonly FieldMessage[] | undefined) =>
  messages?.map((message) => message.text) ?? [];

/**
 * Moves focus to a control and brings it into view; a group of fields (a grid, a fieldset) is not
 * focusable by itself, so it becomes so for the occasion. False when there is no such control.
 */
export function focusControl(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.tabIndex = -1;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

/** An entry as a link to its field that moves focus there rather than only scrolling. */
export function FieldLink({ entry }: { entry: SummaryEntry }) {
  const { label, message, targetId } = entry;
  const text = (
    <>
      {label}: <span lang={message.lang}>{message.text}</span>
    </>
  );
  if (!targetId) return text;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusControl(targetId)) event.preventDefault();
  };
  return (
    <a href={`#${targetId}`} onClick={onClick}>
      {text}
    </a>
  );
}

/**
 * A refused save: what kind of refusal, the API's explanation when it gave one (in English), and
 * every field at fault as a link that moves focus to the field. It takes focus after a failure, so
 * keyboard and screen-reader users read the summary first and follow a link to the field to fix.
 */
export function ErrorSummary({
  lead,
  detail,
  entries,
  alertRef,
  className = 'mb-4',
}: {
  lead: string;
  detail?: string;
  entries: readonly SummaryEntry[];
  alertRef?: Ref<HTMLElement>;
  className?: string;
}) {
  return (
    <ActionAlert feedback={{ lead, detail, fieldErrors: {} }} alertRef={alertRef} className={className}>
      {entries.length > 0 && (
        <ul className="mb-0 mt-2">
          {entries.map((entry) => (
            <li key={entry.key}>
              <FieldLink entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </ActionAlert>
  );
}

/** A control's messages, as FormField shows them (`invalid-feedback`), with their own id and language. */
export function FieldErrorText({
  id,
  messages,
}: {
  id: string;
  messages: readonly FieldMessage[] | undefined;
}) {
  if (!messages?.length) return null;
  return (
    <div id={id} className="invalid-feedback d-block">
      {messages.map((message, index) => (
        <span key={index} lang={message.lang} className="d-block">
          {message.text}
        </span>
      ))}
    </div>
  );
}
