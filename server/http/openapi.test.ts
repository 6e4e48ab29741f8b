import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEndpoints } from '../../common/endpoints/index.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

const run = promisify(execFile);
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

interface Operation { operationId?: string }
interface Document { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } }

describe('the OpenAPI document', () => {
  let ctx: TestContext;
  let document: Document;
  let text: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const res = await ctx.app.inject({ url: '/api/openapi.json' });
    text = res.body;
    document = res.json();
  });
  afterAll(() => ctx.close());

  function operations(): { key: string; operation: Operation }[] {
    return Object.entries(document.paths).flatMap(([route, methods]) => Object.entries(methods)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${route}`, operation })));
  }

  it('still lists every operation it listed before the endpoints were declared once', async () => {
    const before = (await fs.readFile(new URL('./openapi-operations.txt', import.meta.url), 'utf8')).split('\n').filter(Boolean);
    const now = new Set(operations().map(({ key }) => key));
    expect(before.filter((key) => !now.has(key))).toEqual([]);
  });

  it('names every operation with a unique operationId, the one its declaration gives', () => {
    const ids = operations().map(({ key, operation }) => ({ key, id: operation.operationId }));
    expect(ids.filter(({ id }) => !id).map(({ key }) => key)).toEqual([]);
    expect(new Set(ids.map(({ id }) => id)).size).toBe(ids.length);
    const declared = new Map(Object.entries(apiEndpoints).map(([key, spec]) => [key.replace(/:([A-Za-z]+)/g, '{$1}'), spec.operationId]));
    for (const { key, id } of ids) if (declared.has(key)) expect(id, key).toBe(declared.get(key));
  });

  it('writes shared shapes once, as components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['ErrorResponse', 'RegionRef', 'PersonView']));
    const errorShapes = text.split('"required":["code","message"]').length - 1;
    expect(errorShapes).toBe(1);
  });

  it('passes the Redocly linter with no error', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await fs.writeFile(file, text);
      const cli = path.resolve('node_modules/.bin/redocly');
      const { stdout } = await run(cli, ['lint', file, '--format=json'], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, maxBuffer: 32 * 1024 * 1024 })
        .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number }; problems: { ruleId: string; severity: string; message: string }[] };
      expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
