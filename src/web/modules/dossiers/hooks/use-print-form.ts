import { useCallback, useState } from 'react';
import type { DossierForm } from '../../../api/dossiers';
import { fetchDossierForm } from '../../../api/dossiers';

/**
 * Opens a form's PDF in a new tab. The tab is opened at the click (so no pop-up blocker steps in) and closed again
 * when the server has no PDF to give; the error is kept for the page to say.
 */
export function usePrintForm(dossierId: string | undefined) {
  const [error, setError] = useState<{ form: DossierForm; reason: unknown }>();
  const [pending, setPending] = useState<DossierForm>();
  const print = useCallback(async (form: DossierForm) => {
    if (!dossierId) return;
    setError(undefined);
    setPending(form);
    const tab = window.open('', '_blank');
    try {
      const url = URL.createObjectURL(await fetchDossierForm(dossierId, form));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (reason) {
      tab?.close();
      setError({ form, reason });
    } finally {
      setPending(undefined);
    }
  }, [dossierId]);
  return { print, pending, error, clearError: () => setError(undefined) };
}
