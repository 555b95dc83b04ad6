/** Lets Enter submit a form whose visible submit button lives elsewhere (a modal footer). */
export function HiddenSubmit() {
  return <button type="submit" hidden aria-hidden="true" tabIndex={-1} />;
}
