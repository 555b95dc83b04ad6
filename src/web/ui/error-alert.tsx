import { Alert, Button } from 'antd';

export type ErrorAlertProps = {
  /** The sentence to show, already in the reader's language. */
  message: string;
  /** Optional retry action with its label. */
  retry?: { label: string; onClick: () => void };
};

/** An error announced to screen readers (role=alert), with an optional retry button. */
export function ErrorAlert({ message, retry }: ErrorAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      action={retry && <Button size="small" onClick={retry.onClick}>{retry.label}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
