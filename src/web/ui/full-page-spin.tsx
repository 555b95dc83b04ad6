import { Flex, Spin, Typography } from 'antd';

/** A centred spinner with a visible, announced label while the session or a lazy page loads. */
export function FullPageSpin({ label }: { label: string }) {
  return (
    <Flex vertical gap={12} align="center" justify="center" style={{ minHeight: '50vh' }} role="status" aria-live="polite">
      <Spin size="large" />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Flex>
  );
}
