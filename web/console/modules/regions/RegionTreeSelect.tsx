import { useQueries, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { regionChildrenQuery } from './queries.ts';
import { levelLabel } from './region-labels.ts';

interface Picked {
  value: string;
  label?: ReactNode;
}

interface Props {
  value?: string;
  onChange?: (code: string) => void;
  /** Name of the current value, shown before its branch of the tree has been loaded. */
  initialLabel?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Picks a region in the user's scope, loading each branch on demand (a form control: value is the code). */
export function RegionTreeSelect({ value, onChange, initialLabel, disabled, 'data-testid': testId }: Props) {
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
    isLeaf: r.level >= GRID_LEVEL,
  }));
  const label = nodes.find((n) => n.value === value)?.label ?? initialLabel ?? value;

  return (
    <div data-testid={testId}>
      <TreeSelect<Picked>
        treeDataSimpleMode
        treeData={nodes}
        treeNodeLabelProp="label"
        labelInValue
        value={value ? { value, label } : undefined}
        onChange={(picked) => picked && onChange?.(picked.value)}
        loadData={async ({ value: code }) => {
          const parent = String(code);
          setOpened((keys) => (keys.includes(parent) ? keys : [...keys, parent]));
          await queryClient.ensureQueryData(regionChildrenQuery(parent));
        }}
        placeholder={t('users.regionPlaceholder')}
        disabled={disabled}
        showSearch={{ treeNodeFilterProp: 'label' }}
        treeLine
      />
    </div>
  );
}
