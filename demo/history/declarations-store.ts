import { sql } from 'kysely';
import type { Queryable } from '../../server/db/database.ts';
import { insertRows } from './bulk.ts';
import type { DeclarationHistory } from './declarations.ts';
import type { HistoryCheckpoint } from './checkpoints.ts';

/** Declarations per statement: each is a small JSON object (ids and indexes, no ciphertext). */
const CHUNK = 20_000;

/**
 * Writes the declarations and their warnings. The bulky encrypted identifiers are sent once
 * per declarant into a temporary table and joined in, instead of once per declaration.
 */
export async function writeDeclarations(tx: Queryable, history: DeclarationHistory, checkpoints: HistoryCheckpoint[]): Promise<void> {
  if (history.declarations.length === 0) return;
  await sql`CREATE TEMP TABLE history_declarants (
    i int PRIMARY KEY, name text, phone_cipher text, phone_index text, phone_masked text, id_number_cipher text, id_number_masked text
  ) ON COMMIT DROP`.execute(tx);
  await sql`CREATE TEMP TABLE history_checkpoints (i int PRIMARY KEY, id uuid, grid_code text COLLATE "C") ON COMMIT DROP`.execute(tx);
  await sql`INSERT INTO history_checkpoints SELECT * FROM json_to_recordset(${JSON.stringify(checkpoints.map((c, i) => ({ i, id: c.id, grid_code: c.gridCode })))}::json)
    AS x(i int, id uuid, grid_code text)`.execute(tx);
  for (let i = 0; i < history.declarants.length; i += CHUNK) {
    await sql`INSERT INTO history_declarants SELECT * FROM json_populate_recordset(NULL::history_declarants, ${JSON.stringify(history.declarants.slice(i, i + CHUNK))}::json)`.execute(tx);
  }
  // Warnings first: a declaration points at its warning.
  await insertRows(tx, 'warnings', history.warnings);
  for (let i = 0; i < history.declarations.length; i += CHUNK) {
    await sql`INSERT INTO declarations (id, checkpoint_id, grid_code, declared_at, name, phone_cipher, phone_index, phone_masked,
        id_number_cipher, id_number_masked, direction, temperature, symptoms, key_area_travel, case_contact, result, warning_id)
      SELECT x.id, c.id, c.grid_code, to_timestamp(x.t), p.name, p.phone_cipher, p.phone_index, p.phone_masked,
        p.id_number_cipher, p.id_number_masked, x.d, x.m, x.s, x.k, x.x, x.r, x.w
      FROM json_to_recordset(${JSON.stringify(history.declarations.slice(i, i + CHUNK))}::json)
        AS x(id uuid, c int, p int, t bigint, m numeric, s text[], d text, k boolean, x boolean, r text, w uuid)
      JOIN history_checkpoints c ON c.i = x.c
      JOIN history_declarants p ON p.i = x.p
      ORDER BY x.id`.execute(tx);
  }
}
