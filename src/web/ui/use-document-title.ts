import { useEffect } from 'react';

/** Sets `<title>` to "<page> · <app>" so screen-reader users and tab lists know where they are. */
export function useDocumentTitle(page: string | undefined, app: string): void {
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : app;
  }, [page, app]);
}
