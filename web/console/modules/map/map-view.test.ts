import { describe, expect, it } from 'vitest';
import { MAP_LAYER } from '../../../../common/map/layers.ts';
import { DEFAULT_LAYERS, keysOf, readMapView, writeMapView, type MapView } from './map-view.ts';

const TODAY = '2026-03-10';
const ALL = MAP_LAYER.codes;
const read = (search: string, scope = '3715', allowed = ALL) => readMapView(new URLSearchParams(search), scope, TODAY, allowed);

describe('readMapView', () => {
  it('opens on the user\'s region, today, with the default layers', () => {
    expect(read('')).toEqual({ region: '3715', layers: DEFAULT_LAYERS, keys: {}, from: TODAY, to: TODAY });
  });

  it('never goes above or beside the user\'s region', () => {
    expect(read('?region=3715', '371502').region).toBe('371502');
    expect(read('?region=371581001', '371502').region).toBe('371502');
    expect(read('?region=371502001001', '371502').region).toBe('371502001001');
    expect(read('?region=abc', '371502').region).toBe('371502');
  });

  it('keeps the layers in the table\'s order, drops unknown ones and those the user may not read', () => {
    expect(read('?layers=workers,arrivals,nonsense').layers).toEqual(['arrivals', 'workers']);
    expect(read('?layers=workers,arrivals', '3715', ALL.filter((l) => l !== 'workers')).layers).toEqual(['arrivals']);
    expect(read('?layers=').layers).toEqual([]);
  });

  it('reads each layer\'s categories, ignoring unknown ones', () => {
    const view = read('?keys.cases=confirmed,bogus,cured&keys.events=nothing');
    expect(view.keys).toEqual({ cases: ['confirmed', 'cured'] });
    expect(keysOf(view, 'cases')).toEqual(['confirmed', 'cured']);
    expect(keysOf(view, 'warnings')).toEqual(['open']);
  });

  it('takes a valid period and replaces a reversed, future or too long one by today', () => {
    expect(read('?from=2026-03-01&to=2026-03-07')).toMatchObject({ from: '2026-03-01', to: '2026-03-07' });
    for (const bad of ['?from=2026-03-07&to=2026-03-01', '?from=2026-03-01&to=2026-03-11', '?from=2025-01-01&to=2026-03-01', '?from=2026-02-30&to=2026-03-01']) {
      expect(read(bad), bad).toMatchObject({ from: TODAY, to: TODAY });
    }
  });
});

describe('writeMapView', () => {
  const base: MapView = { region: '3715', layers: [...DEFAULT_LAYERS], keys: {}, from: TODAY, to: TODAY };

  it('writes nothing for the default view, so a plain link follows today', () => {
    expect(writeMapView(base, '3715', TODAY).toString()).toBe('');
  });

  it('round-trips every part that differs', () => {
    const view: MapView = { region: '371502001', layers: ['events', 'workers'], keys: { events: ['disinfection'] }, from: '2026-03-01', to: '2026-03-05' };
    const params = writeMapView(view, '3715', TODAY);
    expect(readMapView(params, '3715', TODAY, ALL)).toEqual(view);
  });

  it('leaves out categories equal to the layer\'s defaults', () => {
    expect(writeMapView({ ...base, keys: { warnings: ['open'] } }, '3715', TODAY).toString()).toBe('');
  });
});
