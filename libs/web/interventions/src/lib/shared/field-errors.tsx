import type { FieldMessage } from './content-messages';

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

/** The texts of a field's messages, for the kit-styled fields that take plain strings. */
export const texts = (messages: readonly FieldMessage[] | undefined) =>
  messages?.map((message) => message.text) ?? [];
