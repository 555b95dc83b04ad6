import { Button, Empty, Flex, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import type { KeyboardEvent } from 'react';
import { useMemo, useRef, useState } from 'react';
import type { OrgUnit } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { UnitTree, UnitTreeNode } from '../utils/build-unit-tree';
import { UnitTitle } from './unit-title';

export type OrgTreeProps = {
  tree: UnitTree;
  displayName: (unit: OrgUnit) => string;
  selectedId?: string;
  onSelect: (id: string) => void;
};

const toData = (nodes: UnitTreeNode[], displayName: OrgTreeProps['displayName']): TreeDataNode[] =>
  nodes.map((node) => ({
    key: node.key,
    title: displayName(node.unit),
    children: node.children.length > 0 ? toData(node.children, displayName) : undefined,
    isLeaf: node.children.length === 0,
  }));

/**
 * The units as a keyboard-navigable tree (↑ ↓ move, ← → fold and unfold, Enter or Space opens a unit). Everything
 * starts expanded so each unit valid on the date is on the page; remount (key) to reset folding after changes.
 */
export function OrgTree({ tree, displayName, selectedId, onSelect }: OrgTreeProps) {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const treeData = useMemo(() => toData(tree.roots, displayName), [tree, displayName]);
  const expandedKeys = useMemo(() => tree.parentKeys.filter((key) => !collapsed.has(key)), [tree, collapsed]);
  const activeKey = useRef<string | null>(null);
  // rc-tree's Enter folds a parent node; here Enter always opens the details (← → already fold and unfold).
  const openActiveOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !activeKey.current) return;
    event.preventDefault();
    event.stopPropagation();
    onSelect(activeKey.current);
  };

  if (tree.roots.length === 0) return <Empty description={t('org.noUnits')} />;

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setCollapsed(new Set())}>{t('org.expandAll')}</Button>
        <Button size="small" onClick={() => setCollapsed(new Set(tree.parentKeys))}>{t('org.collapseAll')}</Button>
        <Typography.Text type="secondary" id="org-tree-keys" style={{ fontSize: 13 }}>{t('org.treeKeys')}</Typography.Text>
      </Flex>
      <div onKeyDownCapture={openActiveOnEnter}>
        <Tree
          data-testid="org-tree"
          aria-label={t('org.treeLabel')}
          aria-describedby="org-tree-keys"
          onActiveChange={(key) => { activeKey.current = key === null || key === undefined ? null : String(key); }}
          className="cchc-org-tree"
          showLine
          blockNode
          virtual={false}
          treeData={treeData}
          expandedKeys={expandedKeys}
          onExpand={(keys) => {
            const open = new Set(keys.map(String));
            setCollapsed(new Set(tree.parentKeys.filter((key) => !open.has(key))));
          }}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(_, info) => onSelect(String(info.node.key))}
          titleRender={(data) => {
            const node = tree.byKey.get(String(data.key));
            return node ? <UnitTitle unit={node.unit} name={displayName(node.unit)} matched={node.matched} /> : String(data.title);
          }}
        />
      </div>
    </>
  );
}
