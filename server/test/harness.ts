import fs from 'node:fs/promises';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { createServices } from '../services-factory.ts';
import type { AppServices } from '../core/services.ts';
import { adminQuery, databaseUrlFor, TEST_PASSWORD, uniqueDatabaseName } from './test-database.ts';

export { TEST_PASSWORD };

export interface TestContext {
  app: FastifyInstance;
  services: AppServices;
  database: Database;
  /** Signs in and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /** inject() with the session of `username` (cached per test file). */
  as(username: string): (options: InjectOptions) => Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestContextOptions {
  /** Serve the built web apps from here (browser tests); by default none are served. */
  webDist?: string;
  /** Where event photos go; by default a folder that does not exist (tests without photos). */
  uploadsDir?: string;
  /** Further settings, as environment variables (e.g. lower rate limits). */
  env?: Record<string, string>;
  /** A migrated, seeded database of the test's own (closed with the context) instead of a copy of the template. */
  database?: Database;
}

/** A fresh copy of the seeded template database with the whole app built on it. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const testDb = inject('testDb');
  let database: Database;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (options.database) {
    database = options.database;
  } else if (testDb.kind === 'postgres') {
    const name = uniqueDatabaseName('epigrid_t');
    await adminQuery(testDb.serverUrl, `CREATE DATABASE ${name} TEMPLATE ${testDb.template}`);
    database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(testDb.serverUrl, name), poolSize: 5 });
    dropDatabase = () => adminQuery(testDb.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dump = await fs.readFile(testDb.templateFile);
    database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  }
  const config = { ...loadConfig({ EPIGRID_DATA_DIR: '/nonexistent-epigrid-test', LOG_LEVEL: process.env.EPIGRID_TEST_LOG === '1' ? 'error' : 'silent', EPIGRID_WEB_DIST: options.webDist ?? '/nonexistent-epigrid-web', EPIGRID_UPLOADS_DIR: options.uploadsDir ?? '/nonexistent-epigrid-uploads', ...options.env }) };
  const services = await createServices(config, database, Buffer.from(inject('piiKey'), 'base64'));
  const app = await buildApp(services, { logger: process.env.EPIGRID_TEST_LOG === '1' });
  await app.ready();

  const cookies = new Map<string, string>();
  async function login(username: string, password = TEST_PASSWORD): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error('no session cookie');
    return `${SESSION_COOKIE}=${cookie.value}`;
  }
  return {
    app,
    services,
    database,
    login,
    as(username) {
      return async (options) => {
        let cookie = cookies.get(username);
        if (!cookie) {
          cookie = await login(username);
          cookies.set(username, cookie);
        }
        return app.inject({ ...options, headers: { ...options.headers, cookie } });
      };
    },
    async close() {
      await app.close();
      await services.stop();
      await database.close();
      await dropDatabase?.();
    },
  };
}
