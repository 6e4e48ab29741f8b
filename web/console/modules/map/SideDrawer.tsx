import { Descriptions, Drawer, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';

/** Wide enough for a list's four columns; the map keeps this much clear on its right. */
export const SIDE_DRAWER_WIDTH = 600;

/**
 * A drawer beside the map: no mask, so the map stays live under it (a trajectory or a marked
 * position is drawn there while the drawer is open); its content goes when it closes.
 */
export function SideDrawer({ open, onClose, title, extra, testId, width = SIDE_DRAWER_WIDTH, children }: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  extra?: ReactNode;
  testId: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Drawer open={open} onClose={onClose} size={width} mask={false} title={title} extra={extra} destroyOnHidden data-testid={testId}>
      {children}
    </Drawer>
  );
}

/** One record's facts, a label and a value per row. */
export function FactSheet({ items, testId }: { items: DescriptionsProps['items']; testId: string }) {
  return <Descriptions bordered size="small" column={1} styles={{ label: { whiteSpace: 'nowrap', width: 110 } }} items={items} data-testid={testId} />;
}
