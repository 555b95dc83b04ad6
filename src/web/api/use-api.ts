import { useCallback, useEffect, useRef, useState } from 'react';

export type ApiState<T> = {
  /** The answer for the current inputs; undefined while they load (never a stale answer for other inputs). */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Load again with the same inputs (after a create, edit or revoke); the current data stays on screen meanwhile. */
  reload: () => void;
};

/**
 * Runs `load` when `deps` change, aborting the previous request. `deps` must list every input `load` reads.
 * New inputs clear the data (no tree of 30/06 shown under a 01/07 date); `reload()` keeps it while refreshing.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const lastGeneration = useRef(generation);

  useEffect(() => {
    const controller = new AbortController();
    if (lastGeneration.current === generation) setData(undefined);
    lastGeneration.current = generation;
    setLoading(true);
    setError(undefined);
    load(controller.signal).then(
      (value) => { if (!controller.signal.aborted) { setData(value); setLoading(false); } },
      (reason: unknown) => { if (!controller.signal.aborted) { setError(reason); setLoading(false); } },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload };
}
