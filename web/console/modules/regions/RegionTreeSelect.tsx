import { TreeSelect } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionTree } from './use-region-tree.tsx';

interface Picked {
  value: string;
  label?: ReactNode;
}

interface Props {
  value?: string;
  /** The picked code; undefined when cleared (only with `allowClear`). */
  onChange?: (code: string | undefined) => void;
  /** Name of the current value, shown before its branch of the tree has been loaded. */
  initialLabel?: string;
  disabled?: boolean;
  /** As a list filter: clearable, with its own placeholder and width. */
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks a region in the user's scope, loading each branch on demand (a form control: value is the code). */
export function RegionTreeSelect({ value, onChange, initialLabel, disabled, allowClear, placeholder, style, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const { nodes, loadData } = useRegionTree();
  const label = nodes.find((n) => n.value === value)?.label ?? initialLabel ?? value;

  return (
    <div data-testid={testId}>
      <TreeSelect<Picked>
        treeDataSimpleMode
        treeData={nodes}
        treeNodeLabelProp="label"
        labelInValue
        value={value ? { value, label } : undefined}
        onChange={(picked) => {
          if (picked) onChange?.(picked.value);
          else if (allowClear) onChange?.(undefined);
        }}
        loadData={loadData}
        placeholder={placeholder ?? t('users.regionPlaceholder')}
        disabled={disabled}
        allowClear={allowClear}
        style={style}
        popupMatchSelectWidth={style ? false : undefined}
        showSearch={{ treeNodeFilterProp: 'label' }}
        treeLine
      />
    </div>
  );
}
