import { Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { lookupDossier } from '../api/dossiers';
import type { PublicDossier } from '../api/types';
import type { LookupValues } from '../modules/dossiers/components/lookup-form';
import { LookupForm } from '../modules/dossiers/components/lookup-form';
import { LookupResult } from '../modules/dossiers/components/lookup-result';
import { RatingForm } from '../modules/dossiers/components/rating-form';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';
import { useAsyncAction } from '../ui/use-async-action';

/** /tra-cuu — Tra cứu hồ sơ: a citizen follows a dossier by its code (?code= from the QR code of Form 01), without login. */
export function DossierLookupPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [search, setSearch] = useSearchParams();
  const [found, setFound] = useState<{ dossier: PublicDossier; last4: string }>();
  const { run, pending, error } = useAsyncAction();

  const lookup = ({ code, last4 }: LookupValues) => run(async () => {
    setFound(undefined);
    const dossier = await lookupDossier(code, last4);
    setFound({ dossier, last4 });
    // The code (never the digits) goes into the address, so the page can be reloaded or shared.
    if (search.get('code') !== code) setSearch({ code }, { replace: true });
  });

  return (
    <>
      <PageHeader title={t('module.lookup.title')} description={t('lookup.lead')} />
      <Card>
        <LookupForm initialCode={search.get('code') ?? ''} pending={pending} onLookup={lookup} />
        <div aria-live="polite">{error !== undefined && <ErrorAlert message={errorText(error)} />}</div>
      </Card>
      {found && (
        <div aria-live="polite">
          <LookupResult dossier={found.dossier} />
          {found.dossier.canRate && <RatingForm key={found.dossier.code} code={found.dossier.code} last4={found.last4} />}
        </div>
      )}
    </>
  );
}
