import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PiiCipher } from './crypto.ts';

/**
 * Refuses to start with a different personal-data key than the one the database was
 * written with: otherwise every stored ID and phone number would silently become unreadable.
 */
export async function checkKeyFingerprint(db: Kysely<DB>, cipher: PiiCipher): Promise<void> {
  await db.insertInto('settings')
    .values({ key: 'pii_key_fingerprint', value: JSON.stringify(cipher.fingerprint) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'pii_key_fingerprint').executeTakeFirstOrThrow();
  if (row.value !== cipher.fingerprint) {
    throw new Error('the personal-data key (EPIGRID_PII_KEY or the data folder\'s pii.key) is not the key this database was written with');
  }
}
