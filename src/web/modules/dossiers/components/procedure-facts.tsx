import { Descriptions } from 'antd';
import type { ProcedureVersionView } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { timeLimitText } from '../utils/time-limit';

/** What the desk tells the applicant about the chosen procedure: time limit, fees, result, channels. */
export function ProcedureFacts({ procedure }: { procedure: ProcedureVersionView }) {
  const { t, lang } = useI18n();
  const money = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} data-testid="intake-procedure-facts"
      items={[
        { key: 'limit', label: t('intake.timeLimit'), children: timeLimitText(procedure.timeLimit, t, lang) },
        { key: 'result', label: t('intake.result'), children: procedure.resultName },
        { key: 'fees', label: t('intake.fees'), children: procedure.fees.length === 0 ? t('common.none')
          : procedure.fees.map((fee) => `${fee.name}${fee.amountVnd ? `: ${money.format(fee.amountVnd)} đ` : ''}`).join('; ') },
        { key: 'channels', label: t('intake.channels'), children: procedure.channels.map((c) => t(`dossiers.channel.${c}`)).join(', ') },
      ]} />
  );
}
