import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { DossierForm } from '../../../api/dossiers';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { DOSSIER_FORMS } from '../utils/dossier-labels';

export type PrintMenuProps = { pending?: DossierForm; onPrint: (form: DossierForm) => void };

/** In: Form 01 receipt, 02 supplement request, 03 refusal, 04 apology, 05 stop notice, 06 control slip (Circular 03/2025). */
export function PrintMenu({ pending, onPrint }: PrintMenuProps) {
  const { t } = useI18n();
  return (
    <Dropdown trigger={['click']} menu={{
      items: DOSSIER_FORMS.map((form) => ({
        key: form,
        label: <span data-testid={`dossier-print-${form}`}>{t(`print.form.${form}`)}</span>,
      })),
      onClick: ({ key }) => onPrint(key as DossierForm),
    }}>
      <Button icon={<PrinterOutlined aria-hidden />} loading={pending !== undefined} data-testid="dossier-print">
        {t('print.menu')} <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
