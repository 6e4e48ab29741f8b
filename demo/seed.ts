import crypto from 'node:crypto';
import { bboxOf, centroidOf } from '../common/geo/geojson.ts';
import type { Database } from '../server/db/database.ts';
import { hashPassword, verifyPassword } from '../server/modules/auth/passwords.ts';
import { countRegions, upsertRegions } from '../server/modules/regions/store.ts';
import { insertUser } from '../server/modules/users/store.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { seedDemoCheckpoints } from './checkpoints.ts';
import { seedDemoDepartments } from './departments.ts';
import { generateLiaochengGeography } from './geography/generate.ts';

export interface DemoSeedResult {
  seeded: boolean;
  regions: number;
  accounts: number;
  checkpoints: number;
  departments: number;
}

/** Loads the Liaocheng geography and the demo accounts into an empty database; leaves a populated one alone. */
export async function seedDemoIfEmpty(database: Database, password: string): Promise<DemoSeedResult> {
  if ((await countRegions(database.db)) > 0) {
    // A demo database from before checkpoints or departments existed gets them now.
    return { seeded: false, regions: 0, accounts: 0, checkpoints: await seedDemoCheckpoints(database), departments: await seedDemoDepartments(database, password) };
  }
  const regions = generateLiaochengGeography();
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(password)));
  await database.transaction(async (tx) => {
    await upsertRegions(tx, regions.map((r) => ({
      code: r.code,
      parentCode: r.parentCode,
      level: r.level,
      name: r.name,
      kind: r.kind,
      officialCode: r.officialCode,
      externalId: null,
      population: r.population,
      geometry: r.geometry,
      centroid: centroidOf(r.geometry),
      bbox: bboxOf(r.geometry),
    })));
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      await insertUser(tx, { id: crypto.randomUUID(), ...account, passwordHash: hashes[i]!, isDemo: true, createdBy: null });
    }
  });
  return {
    seeded: true, regions: regions.length, accounts: DEMO_ACCOUNTS.length,
    checkpoints: await seedDemoCheckpoints(database), departments: await seedDemoDepartments(database, password),
  };
}

/**
 * When EPIGRID_DEMO_PASSWORD changes between starts, the demo accounts follow it. The thousands
 * of generated grid workers share one hash, so each distinct hash is checked (and replaced) once.
 */
export async function syncDemoPassword(database: Database, password: string): Promise<number> {
  const hashes = await database.db.selectFrom('users').select('password_hash').distinct().where('is_demo', '=', true).execute();
  let changed = 0;
  let fresh: string | null = null;
  for (const { password_hash: stale } of hashes) {
    if (await verifyPassword(stale, password)) continue;
    fresh ??= await hashPassword(password);
    const result = await database.db.updateTable('users')
      .set({ password_hash: fresh, failed_logins: 0, locked_until: null, password_changed_at: new Date() })
      .where('is_demo', '=', true).where('password_hash', '=', stale).executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}
