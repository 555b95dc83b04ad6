import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export type PageHeaderProps = {
  title: string;
  /** One sentence under the title. */
  description?: ReactNode;
  /** Actions on the right (buttons). */
  extra?: ReactNode;
};

/** The page's single <h1>, an optional lead sentence and actions. */
export function PageHeader({ title, description, extra }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={16} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{title}</Typography.Title>
        {description && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{description}</Typography.Paragraph>}
      </div>
      {extra && <Flex gap={8} wrap>{extra}</Flex>}
    </Flex>
  );
}
