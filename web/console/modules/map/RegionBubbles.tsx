import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MapLayer } from '../../../../common/map/layers.ts';
import { formatCount } from '../../../lib/format.ts';
import { LAYER_COLORS } from '../../../lib/map/palette.ts';
import type { ToDisplay } from '../../../lib/map/shift.ts';
import type { Bubble } from './bubbles.ts';
import { layerName } from './layer-labels.ts';

interface Props {
  map: MapLibreMap;
  bubbles: readonly Bubble[];
  to: ToDisplay;
  onOpen: (code: string) => void;
  onCount: (bubble: Bubble, layer: MapLayer) => void;
}

interface Box { x0: number; y0: number; x1: number; y1: number }
interface Size { w: number; h: number }
/** Space kept between two bubbles, in pixels. */
const GAP = 2;
/** The tail under a card or a name tag, whose tip is the centroid. */
const TAIL = 7;

/** A name tag's size, from its text: it is hidden until needed, so it cannot be measured first. */
function nameSize(name: string): Size {
  return { w: name.length * 12 + 14, h: 20 + TAIL };
}

/**
 * The children's labelled bubbles as HTML markers (crisp text in any font, real buttons).
 * Where two would overlap, the one with the smaller total is drawn as its name only, or if
 * even that collides as a dot; either shows the full card on hover and opens its region on
 * click, so the map never shows a pile of numbers.
 */
export function RegionBubbles({ map, bubbles, to, onOpen, onCount }: Props) {
  const elements = useRef(new Map<string, HTMLDivElement>());
  const markers = useRef(new Map<string, Marker>());
  const sizes = useRef(new Map<string, Size>());

  const elementFor = (code: string) => {
    let element = elements.current.get(code);
    if (!element) {
      element = document.createElement('div');
      element.className = 'map-bubble-anchor';
      element.dataset.tier = 'card';
      elements.current.set(code, element);
    }
    return element;
  };

  // Markers follow the bubbles; layout effects, so the next one can measure them in place.
  useLayoutEffect(() => {
    const live = markers.current;
    const wanted = new Set(bubbles.map((b) => b.code));
    for (const [code, marker] of live) {
      if (wanted.has(code)) continue;
      marker.remove();
      live.delete(code);
      elements.current.delete(code);
      sizes.current.delete(code);
    }
    for (const bubble of bubbles) {
      const at = to(...bubble.at);
      const marker = live.get(bubble.code);
      if (marker) marker.setLngLat(at);
      else live.set(bubble.code, new Marker({ element: elementFor(bubble.code), anchor: 'bottom' }).setLngLat(at).addTo(map));
    }
  });

  useEffect(() => () => {
    for (const marker of markers.current.values()) marker.remove();
    markers.current.clear();
  }, [map]);

  // Fit the bubbles to the room after each render and as the map moves: biggest totals first.
  useLayoutEffect(() => {
    let frame = 0;
    const layout = () => {
      frame = 0;
      const placed: Box[] = [];
      const fits = (box: Box) => !placed.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1);
      for (const bubble of [...bubbles].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code))) {
        const element = elements.current.get(bubble.code);
        const card = element?.querySelector<HTMLElement>('.map-bubble-card');
        if (!element || !card) continue;
        // A card is measured while drawn in full; a folded one keeps its last size.
        if (element.dataset.tier === 'card' && card.offsetWidth > 0) sizes.current.set(bubble.code, { w: card.offsetWidth, h: card.offsetHeight + TAIL });
        const cardSize = sizes.current.get(bubble.code);
        // Not measurable yet (the map hidden): drawn in full until the next layout.
        if (!cardSize) {
          element.dataset.tier = 'card';
          continue;
        }
        const p = map.project(to(...bubble.at));
        const boxOf = ({ w, h }: Size): Box => ({ x0: p.x - w / 2 - GAP, x1: p.x + w / 2 + GAP, y0: p.y - h - GAP, y1: p.y + GAP });
        const tier = ([['card', cardSize], ['name', nameSize(bubble.name)]] as const).find(([, size]) => fits(boxOf(size)));
        if (tier) placed.push(boxOf(tier[1]));
        element.dataset.tier = tier?.[0] ?? 'dot';
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(layout);
    };
    layout();
    map.on('move', schedule);
    return () => {
      map.off('move', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  });

  return <>{bubbles.map((bubble) => createPortal(<BubbleCard bubble={bubble} onOpen={onOpen} onCount={onCount} />, elementFor(bubble.code), bubble.code))}</>;
}

function BubbleCard({ bubble, onOpen, onCount }: { bubble: Bubble; onOpen: Props['onOpen']; onCount: Props['onCount'] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="map-bubble" data-testid={`map-bubble-${bubble.code}`} data-total={bubble.total}>
      <div
        className="map-bubble-card"
        role="button"
        tabIndex={0}
        title={t('map.drill', { name: bubble.name })}
        onClick={() => onOpen(bubble.code)}
        onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen(bubble.code)}
      >
        <div className="map-bubble-name">{bubble.name}</div>
        {bubble.counts.length > 0 && (
          <div className="map-bubble-counts">
            {bubble.counts.map(({ layer, value }) => (
              <button
                key={layer}
                type="button"
                className="map-count"
                style={{ color: LAYER_COLORS[layer], borderColor: LAYER_COLORS[layer] }}
                disabled={!value}
                title={t('map.openList', { layer: layerName(t, layer), count: value ?? 0 })}
                onClick={(e) => {
                  e.stopPropagation();
                  onCount(bubble, layer);
                }}
                data-testid={`map-count-${bubble.code}-${layer}`}
                data-value={value ?? ''}
              >
                {value === null ? '…' : formatCount(value, i18n.language)}
              </button>
            ))}
          </div>
        )}
      </div>
      <button type="button" className={bubble.total > 0 ? 'map-bubble-name-tag has-data' : 'map-bubble-name-tag'} onClick={() => onOpen(bubble.code)}>{bubble.name}</button>
      <button type="button" className="map-bubble-dot" onClick={() => onOpen(bubble.code)} aria-label={bubble.name} />
    </div>
  );
}
