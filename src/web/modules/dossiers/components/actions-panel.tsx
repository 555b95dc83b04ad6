import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { DossierActionType, DossierDetails } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { ACTION_SPECS, isKnownAction } from '../utils/action-specs';
import { ActionDialog } from './action-dialog';

export type ActionsPanelProps = {
  dossier: DossierDetails;
  onDone: (type: DossierActionType, next: DossierDetails) => void;
  onReload: () => void;
};

/** Only the actions the server allows this officer now, each opening its small form. */
export function ActionsPanel({ dossier, onDone, onReload }: ActionsPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<DossierActionType>();
  const actions = dossier.allowedActions.filter(isKnownAction);
  return (
    <Card title={<h2 className="cchc-card-title" id="dossier-actions-title">{t('dossier.actions')}</h2>} data-testid="dossier-actions">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('dossier.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap role="group" aria-labelledby="dossier-actions-title">
          {actions.map((type) => (
            <Button key={type} danger={ACTION_SPECS[type].danger} onClick={() => setOpen(type)} data-testid={`action-${type}`}>
              {t(`dossier.action.${type}`)}
            </Button>
          ))}
        </Flex>
      )}
      <ActionDialog type={open} dossier={dossier} onClose={() => setOpen(undefined)} onReload={onReload}
        onDone={(type, next) => { setOpen(undefined); onDone(type, next); }} />
    </Card>
  );
}
