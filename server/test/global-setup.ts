import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedDemoIfEmpty } from '../../demo/seed.ts';
import { openDatabase, openPGlite, wrapPGlite } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { generateMasterKey } from '../pii/crypto.ts';
import { adminQuery, databaseUrlFor, TEST_PASSWORD, testServerUrl, uniqueDatabaseName } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'pglite'; templateFile: string } | { kind: 'postgres'; serverUrl: string; template: string };
    piiKey: string;
  }
}

/** Builds the migrated, demo-seeded template once; every test file starts from a copy of it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('piiKey', generateMasterKey().toString('base64'));
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const template = uniqueDatabaseName('epigrid_tpl');
    await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
    const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(serverUrl, template), poolSize: 2 });
    await migrate(database);
    await seedDemoIfEmpty(database, TEST_PASSWORD);
    await database.close();
    project.provide('testDb', { kind: 'postgres', serverUrl, template });
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template}`);
    };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-test-'));
  const database = await wrapPGlite(await openPGlite({}));
  await migrate(database);
  await seedDemoIfEmpty(database, TEST_PASSWORD);
  const dump = await database.dump!();
  const templateFile = path.join(dir, 'template.tar.gz');
  await fs.writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDb', { kind: 'pglite', templateFile });
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
