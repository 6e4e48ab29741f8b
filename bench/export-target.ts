import fs from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { chinaDate } from '../common/time.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { xlsxBuffer } from '../server/excel/inert.ts';
import { MOVEMENT_COLUMNS } from '../server/modules/movements/export.ts';
import { toMovementView } from '../server/modules/register/movements.ts';
import { listMovements } from '../server/modules/register/movements-store.ts';
import { generateMasterKey } from '../server/pii/crypto.ts';
import { createServices } from '../server/services-factory.ts';

/**
 * One side of the export benchmark, in a process of its own so that its resident memory is
 * the export's alone (the HTTP client and the file check run in the parent):
 * - `stream URL PORT`: the app, listening; between the parent's `mark` and `report` messages
 *   it samples its RSS every 20 ms and answers the peak over the RSS at `mark`.
 * - `buffer URL FILE`: the approach before streaming, run once: every matching row loaded, an
 *   in-memory workbook built and its bytes written to FILE; answers its time and peak RSS.
 */
const [mode, url, arg] = process.argv.slice(2) as [string, string, string];
const SAMPLE_MS = 20;

function sampler() {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return { start, peak: Math.max(peak, process.memoryUsage().rss) };
  };
}

const send = (message: unknown) => process.send!(message);
const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });

if (mode === 'stream') {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', EPIGRID_DATA_DIR: '/tmp/epigrid-bench', EPIGRID_WEB_DIST: '/nonexistent' });
  await sql`DELETE FROM settings WHERE key = 'pii_key_fingerprint'`.execute(database.db);
  const services = await createServices(config, database, generateMasterKey());
  const app = await buildApp(services, { logger: false });
  await app.listen({ port: Number(arg), host: '127.0.0.1' });
  let stop: ReturnType<typeof sampler> | null = null;
  process.on('message', (message) => {
    if (message === 'mark') {
      stop = sampler();
      send('marked');
    } else if (message === 'report' && stop) {
      send(stop());
    }
  });
  send('ready');
} else {
  const city = await database.db.selectFrom('regions').select('code').where('level', '=', 1).executeTakeFirstOrThrow();
  const viewer = { id: '', username: 'bench', displayName: 'bench', role: 'staff' as const, scope: city.code };
  const stop = sampler();
  const started = performance.now();
  const { rows } = await listMovements(database.db, { scope: city.code }, { offset: 0, limit: 200_000 });
  const today = chinaDate(new Date());
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员流动', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = MOVEMENT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(MOVEMENT_COLUMNS.map((c) => c.value(toMovementView(row, viewer, today))));
  await fs.writeFile(arg, await xlsxBuffer(workbook));
  const ms = performance.now() - started;
  send({ ...stop(), ms, rows: rows.length });
  await database.close();
  process.exit(0);
}
