import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { DossierForm } from '../../../api/dossiers';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type PrintOfferProps = { message: string; form?: DossierForm; onPrint: (form: DossierForm) => void; onClose: () => void };

/** After an intake decision or an action: what was done, and the form it produced, ready to print. */
export function PrintOffer({ message, form, onPrint, onClose }: PrintOfferProps) {
  const { t } = useI18n();
  return (
    <Alert type="success" showIcon closable={{ onClose }} role="status" style={{ marginBottom: 16 }} data-testid="dossier-done"
      title={message}
      action={form && (
        <Button icon={<PrinterOutlined aria-hidden />} onClick={() => onPrint(form)} data-testid={`dossier-offer-print-${form}`}>
          {t('print.offer', { form: t(`print.form.${form}`) })}
        </Button>
      )} />
  );
}
