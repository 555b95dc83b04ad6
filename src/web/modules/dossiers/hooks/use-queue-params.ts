import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QueueView } from '../../../api/types';
import { isQueueTab } from '../utils/dossier-labels';

export type QueueParams = { tab: QueueView; q: string; mine: boolean; page: number };

/** The queue's tab, search, "only mine" and page live in the URL (?tab=overdue&q=…&mine=1&page=2), so a view can be shared. */
export function useQueueParams(): [QueueParams, (change: Partial<QueueParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<QueueParams>(() => {
    const tab = search.get('tab');
    const page = Number(search.get('page'));
    return {
      tab: isQueueTab(tab) ? tab : 'open',
      q: search.get('q') ?? '',
      mine: search.get('mine') === '1',
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [search]);

  const update = useCallback((change: Partial<QueueParams>) => {
    const next = new URLSearchParams(window.location.search);
    // Another tab, search or filter starts again from the first page.
    const values: Partial<QueueParams> = 'page' in change ? change : { ...change, page: 1 };
    for (const [key, value] of Object.entries(values)) {
      const empty = value === undefined || value === '' || value === false || (key === 'page' && value === 1) || (key === 'tab' && value === 'open');
      if (empty) next.delete(key);
      else next.set(key, value === true ? '1' : String(value));
    }
    setSearch(next);
  }, [setSearch]);

  return [params, update];
}
