import { TreeSelect } from 'antd';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { useRegionTree } from '../regions/use-region-tree.tsx';

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
  const { nodes, loadData } = useRegionTree(deepest);
  return (
    <div data-testid={testId}>
      <TreeSelect<string[]>
        multiple
        treeDataSimpleMode
        treeData={nodes}
        treeNodeLabelProp="label"
        value={value}
        onChange={(codes) => onChange?.(codes)}
        loadData={loadData}
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
