/** What stands in for something still loading: "Loading…", or that it failed, with a way to try again. */
export function Loading({ failed, what, onRetry }: { failed: boolean; what: string; onRetry: () => void }) {
  if (!failed) return <p aria-busy="true">Loading…</p>;
  return (
    <p>
      Could not load {what}.{' '}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
