import crypto from 'node:crypto';
import pg from 'pg';

/**
 * Which engine the API tests run on: embedded PGlite unless DATABASE_URL points at a
 * PostgreSQL server, in which case every test file gets its own database copied from a
 * migrated, seeded template (CREATE DATABASE … TEMPLATE is a file copy: fast).
 */
export const TEST_PASSWORD = 'Test-pass-2020';

export function testServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
}
