import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Tree, type TreeDataNode } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionChild } from '../../../../common/contracts/regions.ts';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { regionDetailQuery } from './queries.ts';

interface Props {
  root: { code: string; name: string; level: number };
  selected: string;
  /** Nodes to open so that the selection shows: its in-scope ancestors (and itself, to list its children). */
  reveal: string[];
  onSelect: (code: string) => void;
}

function NodeTitle({ name, code, count }: { name: string; code: string; count?: number }) {
  const { t } = useTranslation();
  return (
    <span className="tree-node" data-testid={`region-tree-node-${code}`}>
      {name}
      {count !== undefined && count > 0 && <span className="tree-count" title={t('regions.treeCount', { count })}>{count}</span>}
    </span>
  );
}

/**
 * The jurisdiction as a lazy tree. Children come from the region detail (which carries the
 * counts the titles show), through the query cache, so an import's invalidation refreshes it.
 */
export function RegionTree({ root, selected, reveal, onSelect }: Props) {
  const queryClient = useQueryClient();
  const [expanded, setExpanded] = useState<string[]>([root.code]);
  const [opened, setOpened] = useState<string[]>([root.code]);
  const box = useRef<HTMLDivElement>(null);

  const revealKey = reveal.join(',');
  useEffect(() => {
    const codes = revealKey ? revealKey.split(',') : [];
    setExpanded((keys) => [...new Set([...keys, ...codes])]);
    setOpened((keys) => [...new Set([...keys, ...codes])]);
  }, [revealKey]);

  const details = useQueries({ queries: opened.map((code) => regionDetailQuery(code)) });
  const childrenOf = new Map<string, RegionChild[]>();
  details.forEach((d) => d.data && childrenOf.set(d.data.code, d.data.children));
  const build = (code: string, name: string, level: number, count?: number): TreeDataNode => {
    const children = childrenOf.get(code);
    return {
      key: code,
      title: <NodeTitle name={name} code={code} count={count ?? children?.length} />,
      isLeaf: level >= GRID_LEVEL || count === 0,
      children: children?.map((c) => build(c.code, c.name, c.level, c.level >= GRID_LEVEL ? undefined : c.childCount)),
    };
  };
  const treeData = [build(root.code, root.name, root.level)];

  const loadedCount = childrenOf.size;
  useEffect(() => {
    // Scroll only the tree's own box: scrollIntoView would also move the page.
    const container = box.current;
    const node = container?.querySelector('.ant-tree-node-selected');
    if (!container || !node) return;
    const outer = container.getBoundingClientRect();
    const inner = node.getBoundingClientRect();
    if (inner.top < outer.top || inner.bottom > outer.bottom) container.scrollTop += inner.top - outer.top - outer.height / 2;
  }, [selected, loadedCount]);

  return (
    <div ref={box} className="region-tree" data-testid="region-tree">
      <Tree
        blockNode
        showLine
        treeData={treeData}
        selectedKeys={[selected]}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys.map(String))}
        loadData={async ({ key }) => {
          const code = String(key);
          setOpened((keys) => (keys.includes(code) ? keys : [...keys, code]));
          await queryClient.ensureQueryData(regionDetailQuery(code));
        }}
        onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
      />
    </div>
  );
}
