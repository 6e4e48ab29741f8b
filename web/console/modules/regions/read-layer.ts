import type { ApiRequest } from '../../../lib/api.ts';

/** A FeatureCollection read from the user's file, sent to the server as it is. */
export interface LayerFile {
  name: string;
  featureCount: number;
  layer: ApiRequest<'POST /api/regions/import'>['body'];
}

/** Reads and parses the file in the browser, so an unreadable file is refused before any upload. */
export async function readLayerFile(file: File): Promise<LayerFile | null> {
  try {
    const layer = JSON.parse(await file.text()) as { type?: unknown; features?: unknown };
    if (layer.type !== 'FeatureCollection' || !Array.isArray(layer.features)) return null;
    return { name: file.name, featureCount: layer.features.length, layer: { type: 'FeatureCollection', features: layer.features } };
  } catch {
    return null;
  }
}
