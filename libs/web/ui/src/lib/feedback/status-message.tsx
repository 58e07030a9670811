/**
 * A polite live region that is always in the page, so that what is put in it later (an action's
 * success, a live count) is announced. Empty, it takes no room.
 */
export function StatusMessage({ message, className = '' }: { message: string | null; className?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={className}>
      {message && <p className="alert alert-success mt-3 mb-0">{message}</p>}
    </div>
  );
}
