import { pointInFlatPolygons, type FlatPolygon } from '../../../../common/geo/point-in-polygon.ts';

/*
 * Semantic zoom: the user's own zooming moves the view between levels, as clicking does.
 * "Fit" is the zoom at which a region's box fills the map (what a click flies to).
 *
 * - Down: zoomed in at least ZOOM_IN_PAST levels past the viewed region's fit (the view then
 *   spans about a third of the region across), with the centre inside one child, and that child
 *   at most CHILD_SHORT_OF levels short of its own fit (it would nearly fill the view).
 * - Up: zoomed out at least ZOOM_OUT_BELOW levels under the viewed region's fit (the region then
 *   spans about a third of the view across), unless the region is the viewer's own.
 *
 * A child is entered no earlier than half a level short of its fit and left only at one and a half
 * short: a whole level (the scale halved) lies between, and each rule answers only to a zoom in
 * its own direction, so zooming a little back and forth never flips between two levels.
 */
const ZOOM_IN_PAST = 1.5;
const CHILD_SHORT_OF = 0.5;
const ZOOM_OUT_BELOW = 1.5;

export interface ZoomChild {
  code: string;
  /** Its outline as drawn (display coordinates: GCJ-02 over a GCJ-02 base map). */
  polygons: FlatPolygon[];
  fit: number;
}

export interface ZoomGesture {
  direction: 'in' | 'out';
  zoom: number;
  /** The viewed region's fit. */
  fit: number;
  /** The middle of the map left clear of the panels over it, in display coordinates. */
  centre: readonly [number, number];
  /** Where zooming in may lead: the viewed region's children (none at a grid). */
  children: readonly ZoomChild[];
  /** False at the viewer's own region: nothing above it is theirs to see. */
  canClimb: boolean;
}

export type ZoomStep = { down: string } | 'up' | null;

/** Where a user's zoom gesture takes the view, if anywhere. */
export function semanticStep({ direction, zoom, fit, centre, children, canClimb }: ZoomGesture): ZoomStep {
  if (direction === 'out') return canClimb && zoom <= fit - ZOOM_OUT_BELOW ? 'up' : null;
  if (zoom < fit + ZOOM_IN_PAST) return null;
  // On a shared border the centre belongs to neither side: wait for the next gesture.
  const child = children.find((c) => pointInFlatPolygons(centre[0], centre[1], c.polygons) === 'inside');
  return child && zoom >= child.fit - CHILD_SHORT_OF ? { down: child.code } : null;
}
