import { useCallback, useState } from 'react';

/** Runs a form's async action: `pending` while it runs, and the error it threw kept for display until the next try. */
export function useAsyncAction() {
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (reason) {
      setError(reason);
    } finally {
      setPending(false);
    }
  }, []);
  return { run, pending, error, setError };
}
