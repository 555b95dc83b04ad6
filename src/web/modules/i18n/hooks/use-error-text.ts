import { useCallback } from 'react';
import { ApiError } from '../../../api/client';
import type { MessageKey } from '../utils/catalogs';
import { useI18n } from './use-i18n';

function genericKey(status: number): MessageKey | undefined {
  if (status === 429) return 'errors.rateLimited';
  if (status === 403) return 'errors.forbidden';
  if (status >= 500) return 'errors.server';
  return undefined;
}

/**
 * Turns a failed request into a sentence in the current language: the server's `messageVi` (Vietnamese) or
 * `message` (English) first; a catalog sentence when the server sent none in that language (e.g. rate limiting).
 */
export function useErrorText(): (error: unknown) => string {
  const { lang, t } = useI18n();
  return useCallback((error: unknown) => {
    if (!(error instanceof ApiError)) return t('errors.unexpected');
    if (error.code === 'NETWORK_ERROR') return t('errors.network');
    if (lang === 'vi' && error.messageVi) return error.messageVi;
    const generic = genericKey(error.status);
    if (lang === 'vi' && generic) return t(generic);
    if (error.message) return error.message;
    return t(generic ?? 'errors.unexpected');
  }, [lang, t]);
}
