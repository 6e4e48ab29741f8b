import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../../common/geo/geojson.ts';
import { flattenGeometry } from '../../../../common/geo/point-in-polygon.ts';
import { semanticStep, type ZoomChild, type ZoomGesture } from './semantic-zoom.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const child = (code: string, geometry: AreaGeometry, fit: number): ZoomChild => ({ code, polygons: flattenGeometry(geometry), fit });

// A region fitting at zoom 8: a west half with a lake (an enclave child of its own) and an east half in two parts.
const WEST = child('west', { type: 'Polygon', coordinates: [square(0, 0, 1, 2), square(0.4, 0.4, 0.6, 0.6)] }, 9);
const LAKE = child('lake', { type: 'Polygon', coordinates: [square(0.4, 0.4, 0.6, 0.6)] }, 11);
const EAST = child('east', { type: 'MultiPolygon', coordinates: [[square(1, 0, 2, 1)], [square(1.2, 1.2, 2, 2)]] }, 9);
const CHILDREN = [WEST, LAKE, EAST];

const gesture = (patch: Partial<ZoomGesture>): ZoomGesture => ({ direction: 'in', zoom: 9.5, fit: 8, centre: [0.2, 1], children: CHILDREN, canClimb: true, ...patch });

describe('semanticStep', () => {
  it('moves down to the child under the centre once zoomed 1.5 levels past the region\'s fit', () => {
    expect(semanticStep(gesture({ zoom: 9.4 }))).toBeNull();
    expect(semanticStep(gesture({ zoom: 9.5 }))).toEqual({ down: 'west' });
    expect(semanticStep(gesture({ zoom: 12, centre: [1.5, 0.5] }))).toEqual({ down: 'east' });
    expect(semanticStep(gesture({ centre: [1.6, 1.6] }))).toEqual({ down: 'east' });
  });

  it('goes exactly by the outlines: an enclave is its own child, a notch belongs to none', () => {
    expect(semanticStep(gesture({ zoom: 11, centre: [0.5, 0.5] }))).toEqual({ down: 'lake' });
    expect(semanticStep(gesture({ centre: [1.1, 1.5] }))).toBeNull();
    expect(semanticStep(gesture({ centre: [3, 3] }))).toBeNull();
  });

  it('waits on a border shared by two children', () => {
    expect(semanticStep(gesture({ centre: [1, 0.5] }))).toBeNull();
  });

  it('waits until a small child is within half a level of its own fit', () => {
    expect(semanticStep(gesture({ zoom: 10.4, centre: [0.5, 0.5] }))).toBeNull();
    expect(semanticStep(gesture({ zoom: 10.5, centre: [0.5, 0.5] }))).toEqual({ down: 'lake' });
  });

  it('never moves down at a grid, which has no children', () => {
    expect(semanticStep(gesture({ zoom: 18, children: [] }))).toBeNull();
  });

  it('climbs once zoomed out 1.5 levels under the region\'s fit, never above the viewer\'s own', () => {
    expect(semanticStep(gesture({ direction: 'out', zoom: 6.6 }))).toBeNull();
    expect(semanticStep(gesture({ direction: 'out', zoom: 6.5 }))).toBe('up');
    expect(semanticStep(gesture({ direction: 'out', zoom: 3, canClimb: false }))).toBeNull();
  });

  it('answers each direction only to a gesture that way', () => {
    expect(semanticStep(gesture({ direction: 'out', zoom: 12 }))).toBeNull();
    expect(semanticStep(gesture({ direction: 'in', zoom: 3 }))).toBeNull();
  });

  it('enters a child a whole level above where it leaves it: no flipping back and forth', () => {
    for (const fit of [9, 9.3, 11, 14]) {
      const small = [child('small', { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] }, fit)];
      const into = (zoom: number) => semanticStep(gesture({ zoom, centre: [0.5, 0.5], children: small }));
      const outOf = (zoom: number) => semanticStep(gesture({ direction: 'out', zoom, fit }));
      const entry = Math.max(8 + 1.5, fit - 0.5);
      expect(into(entry - 0.01)).toBeNull();
      expect(into(entry)).toEqual({ down: 'small' });
      expect(outOf(entry - 0.99)).toBeNull();
      expect(outOf(fit - 1.5)).toBe('up');
      expect(fit - 1.5).toBeLessThanOrEqual(entry - 1);
    }
  });
});
