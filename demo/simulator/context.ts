import crypto from 'node:crypto';
import type { AppServices } from '../../server/services.ts';
import type { Random } from '../geography/prng.ts';
import { intBetween } from '../history/random.ts';
import type { Cast } from './cast.ts';
import type { GridPlaces } from './places.ts';

/** What one simulated step works with. */
export interface SimContext {
  services: AppServices;
  cast: Cast;
  places: GridPlaces;
  random: Random;
  now: Date;
}

/** Everything the simulator writes says so: notes and descriptions start with this. */
export const SIMULATED = '【模拟】';

/** A simulated resident's name, recognisable as such in every list. */
export function simulatedName(random: Random): string {
  return `模拟居民${intBetween(random, 1000, 9999)}`;
}

export const newId = () => crypto.randomUUID();
