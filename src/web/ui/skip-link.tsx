/** "Skip to main content", visible when focused by keyboard. Target must have the given id and tabIndex=-1. */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return <a className="cchc-skip-link" href={`#${targetId}`}>{label}</a>;
}
