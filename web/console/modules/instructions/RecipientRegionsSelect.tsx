import { useQueries, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { regionChildrenQuery } from '../regions/queries.ts';
import { levelLabel } from '../regions/region-labels.ts';

interface Props {
  value?: string[];
  onChange?: (codes: string[]) => void;
  /** The deepest level that may be picked: the offices' level for staff, grids for grid workers. */
  deepest?: number;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks the regions an instruction goes to, inside the user's own, loading each branch on
 * demand like the single region picker (RegionTreeSelect); several may be picked.
 */
export function RecipientRegionsSelect({ value, onChange, deepest = GRID_LEVEL, placeholder, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<(string | null)[]>([null]);
  const lists = useQueries({ queries: opened.map((parent) => regionChildrenQuery(parent)) });
  const nodes = lists.flatMap((list) => list.data ?? []).map((r) => ({
    id: r.code,
    pId: r.parentCode,
    value: r.code,
    label: r.name,
    title: <span>{r.name} <span className="text-muted">{levelLabel(t, r.level)}</span></span>,
    isLeaf: r.level >= Math.min(deepest, GRID_LEVEL),
    disabled: r.level > deepest,
  }));
  return (
    <div data-testid={testId}>
      <TreeSelect<string[]>
        multiple
        treeDataSimpleMode
        treeData={nodes}
        treeNodeLabelProp="label"
        value={value}
        onChange={(codes) => onChange?.(codes)}
        loadData={async ({ value: code }) => {
          const parent = String(code);
          setOpened((keys) => (keys.includes(parent) ? keys : [...keys, parent]));
          await queryClient.ensureQueryData(regionChildrenQuery(parent));
        }}
        placeholder={placeholder}
        showSearch={{ treeNodeFilterProp: 'label' }}
        maxTagCount="responsive"
        allowClear
        treeLine
        style={{ width: '100%' }}
      />
    </div>
  );
}
