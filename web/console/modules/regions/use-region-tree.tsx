import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { regionChildrenQuery } from './queries.ts';
import { levelLabel } from './region-labels.ts';

/**
 * The region tree of the user's scope for a TreeSelect in simple mode, each branch loaded
 * when it is opened. Regions below `deepest` are shown as leaves; those beneath cannot be picked.
 */
export function useRegionTree(deepest: number = GRID_LEVEL) {
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
  const loadData = async ({ value: code }: { value?: string | number }) => {
    const parent = String(code);
    setOpened((keys) => (keys.includes(parent) ? keys : [...keys, parent]));
    await queryClient.ensureQueryData(regionChildrenQuery(parent));
  };
  return { nodes, loadData };
}
