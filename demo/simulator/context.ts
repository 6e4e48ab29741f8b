import crypto from 'node:crypto';
import type { AppServices } from '../../server/core/services.ts';
import type { Random } from '../geography/prng.ts';
import { birthDate, idNumber, mobilePhone } from '../history/identities.ts';
import { chance, intBetween } from '../history/random.ts';
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

/**
 * A simulated resident as complete as the history's: a valid ID number registered in the
 * grid's county (sex and birth date follow from it), a mobile number. Only the name says
 * it is simulated.
 */
export function simulatedResident(random: Random, gridCode: string, today: string): { name: string; idNumber: string; phone: string; sex: 'male' | 'female' } {
  const sex = chance(random, 0.5) ? 'male' : 'female';
  return { name: simulatedName(random), idNumber: idNumber(random, gridCode.slice(0, 6), birthDate(random, today, 18, 75), sex, new Set()), phone: mobilePhone(random), sex };
}

export const newId = () => crypto.randomUUID();
