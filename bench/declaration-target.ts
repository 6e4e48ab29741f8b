import Fastify from 'fastify';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { generateMasterKey } from '../server/pii/crypto.ts';
import { createServices } from '../server/services-factory.ts';

/**
 * One HTTP target of the declaration benchmark, in its own process so that the load
 * generator does not share its event loop: `app` is EpiGrid's public endpoint, `bare` the
 * baseline, a Fastify route that inserts the same row with one INSERT per request; `ceiling`
 * a Fastify route that answers without storing anything, what this machine's HTTP stack and
 * load generator allow at all.
 */
const [kind, url, portText] = process.argv.slice(2);
const port = Number(portText);

if (kind === 'app') {
  const config = loadConfig({
    DATABASE_URL: url, LOG_LEVEL: 'silent', EPIGRID_DATA_DIR: '/tmp/epigrid-bench', EPIGRID_WEB_DIST: '/nonexistent',
    EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '100000000', EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: '100000000',
  });
  const database = await openDatabase({ kind: 'postgres', url: url!, poolSize: 10 });
  const services = await createServices(config, database, generateMasterKey());
  const app = await buildApp(services, { logger: false });
  await app.listen({ port, host: '127.0.0.1' });
} else if (kind === 'ceiling') {
  const app = Fastify();
  app.post('/api/public/declarations', async (_request, reply) => reply.status(201).send({ result: 'pass', checkpointName: 'bench', at: new Date().toISOString() }));
  await app.listen({ port, host: '127.0.0.1' });
} else {
  const database = await openDatabase({ kind: 'postgres', url: url!, poolSize: 10 });
  const app = Fastify();
  app.post('/api/public/declarations', async (request, reply) => {
    const b = request.body as Record<string, unknown>;
    const checkpoint = (b.token as string).split(':')[1]!;
    await database.db.insertInto('declarations').values({
      id: b.id as string, checkpoint_id: checkpoint, grid_code: '371502001001001', declared_at: new Date(), name: b.name as string,
      phone_cipher: b.phone as string, phone_index: b.phone as string, phone_masked: b.phone as string, id_number_cipher: null, id_number_masked: null,
      direction: b.direction as string, temperature: b.temperature as number, symptoms: b.symptoms as string[],
      key_area_travel: b.keyAreaTravel as boolean, case_contact: b.caseContact as boolean, result: 'pass', warning_id: null,
    }).execute();
    return reply.status(201).send({ result: 'pass', checkpointName: 'bench', at: new Date().toISOString() });
  });
  await app.listen({ port, host: '127.0.0.1' });
}
process.stdout.write('READY\n');
