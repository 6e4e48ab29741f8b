import type { UseQueryResult } from '@tanstack/react-query';
import type { MapItem, Trajectory } from '../../../../common/contracts/map.ts';
import { EventDrawer } from '../events/EventDrawer.tsx';
import { WarningDrawer } from '../warnings/WarningDrawer.tsx';
import { CheckpointDrawer } from './CheckpointDrawer.tsx';
import { PersonDrawer } from './PersonDrawer.tsx';
import { WorkerDrawer } from './WorkerDrawer.tsx';

/** What is open: a list row or point (`row`), or a person reached another way (a household member). */
export interface Opened {
  item: MapItem['item'];
  id: string;
  row?: MapItem;
}

interface Props {
  item: Opened | null;
  trajectory: UseQueryResult<Trajectory>;
  onClose: () => void;
  onOpenPerson: (id: string) => void;
}

/** The record a list row or a point opens, in the drawer of its kind (events and warnings: their own pages' drawers). */
export function ItemDrawers({ item, trajectory, onClose, onOpenPerson }: Props) {
  const idOf = (kind: MapItem['item']) => (item?.item === kind ? item.id : null);
  return (
    <>
      <PersonDrawer id={idOf('person')} trajectory={trajectory} onClose={onClose} onOpenPerson={onOpenPerson} />
      <EventDrawer id={idOf('event')} onClose={onClose} />
      <WarningDrawer id={idOf('warning')} onClose={onClose} />
      <CheckpointDrawer id={idOf('checkpoint')} onClose={onClose} />
      <WorkerDrawer worker={item?.item === 'worker' ? item.row ?? null : null} onClose={onClose} />
    </>
  );
}
