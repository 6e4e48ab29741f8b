import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, GRID_A, GRID_B, isoNow, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { multipartBody } from '../../test/multipart.ts';

let ctx: TestContext;
let uploads: string;
beforeAll(async () => {
  uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-uploads-'));
  ctx = await createTestContext({ uploadsDir: uploads });
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(async () => {
  await ctx.close();
  await fs.rm(uploads, { recursive: true, force: true });
});

/** A real JPEG carrying EXIF metadata (camera, GPS-like comment) that must not survive storage. */
async function photoWithExif(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg().withExif({ IFD0: { Make: 'PhoneMaker', Model: 'SecretPhone', ImageDescription: 'home of Zhang San' } }).toBuffer();
}

async function event(overrides: Record<string, unknown> = {}) {
  return { id: crypto.randomUUID(), category: 'suspected_case_found', description: '发现一名发热人员', occurredAt: isoNow(-60_000), location: await pointInGrid(ctx, GRID_A), ...overrides };
}

async function postEvent(as: string, body: Record<string, unknown>, photos: { data: Buffer; type?: string; name?: string }[] = []) {
  const form = multipartBody([
    { name: 'event', value: JSON.stringify(body) },
    ...photos.map((p, i) => ({ name: 'photos', filename: p.name ?? `p${i}.jpg`, type: p.type ?? 'image/jpeg', data: p.data })),
  ]);
  return ctx.as(as)({ method: 'POST', url: '/api/events', ...form });
}

const count = async (table: 'events' | 'event_photos') => Number((await ctx.database.db.selectFrom(table).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('event reports', () => {
  it('stores a report with photos, metadata stripped, once per client id', async () => {
    const body = await event();
    const photo = await photoWithExif();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const first = await postEvent('grid_worker', body, [{ data: photo }, { data: await sharp(photo).png().toBuffer(), type: 'image/png', name: 'b.png' }]);
    expect(first.statusCode, first.body).toBe(201);
    const view = first.json();
    expect(view).toMatchObject({ id: body.id, grid: { code: GRID_A }, needsReview: false, status: 'reported' });
    expect(view.photos).toHaveLength(2);
    const served = await ctx.as('grid_worker')({ url: view.photos[0].url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('SecretPhone'))).toBe(false);

    const retry = await postEvent('grid_worker', body, [{ data: photo }]);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(view);
    expect(await count('event_photos')).toBe(2);
    const files = await fs.readdir(uploads, { recursive: true });
    expect(files.filter((f) => String(f).endsWith('.jpg'))).toHaveLength(2);
  });

  it('accepts a JSON report without photos', async () => {
    const res = await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: await event({ category: 'publicity', description: '张贴宣传海报20张' }) });
    expect(res.statusCode).toBe(201);
    expect(res.json().photos).toEqual([]);
  });

  it('flags a report located in another grid for review, and its reporter still sees it', async () => {
    const body = await event({ location: await pointInGrid(ctx, GRID_B), category: 'danger' });
    const res = await postEvent('grid_worker', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ grid: { code: GRID_B }, needsReview: true, reviewReason: 'outside_reporter_region' });
    expect((await ctx.as('grid_worker')({ url: `/api/events/${body.id}` })).statusCode).toBe(200);
    expect((await ctx.as('worker_b')({ url: `/api/events/${body.id}` })).statusCode).toBe(200);
    const review = (await ctx.as('street_staff')({ url: '/api/events?needsReview=true' })).json();
    expect(review.items.map((e: { id: string }) => e.id)).toEqual([body.id]);
  });

  it('a photo that cannot be decoded (cut off, or an empty part) refuses the report with a field error, never a report without it', async () => {
    const before = [await count('events'), await count('event_photos')];
    const good = await photoWithExif(40, 30);
    for (const broken of [good.subarray(0, Math.floor(good.length / 2)), good.subarray(0, 200), Buffer.alloc(0)]) {
      const res = await postEvent('grid_worker', await event(), [{ data: good }, { data: broken }]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ 'photos.1': 'NOT_AN_IMAGE' });
    }
    expect([await count('events'), await count('event_photos')]).toEqual(before);
  });

  it('rejects a photo too big, a file that is not an image, too many photos and a place outside the city, storing nothing', async () => {
    const before = [await count('events'), await count('event_photos')];
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 1);
    const tooBig = await postEvent('grid_worker', await event(), [{ data: big }]);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields).toEqual({ 'photos.0': 'PHOTO_TOO_LARGE' });
    const notImage = await postEvent('grid_worker', await event(), [{ data: await photoWithExif(20, 20) }, { data: Buffer.from('%PDF-1.4 not an image'), type: 'image/jpeg' }]);
    expect(notImage.json().error.fields).toEqual({ 'photos.1': 'NOT_AN_IMAGE' });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer();
    expect((await postEvent('grid_worker', await event(), [{ data: gif, type: 'image/gif' }])).json().error.fields).toEqual({ 'photos.0': 'PHOTO_TYPE' });
    const small = await photoWithExif(10, 10);
    const many = await postEvent('grid_worker', await event(), [{ data: small }, { data: small }, { data: small }, { data: small }]);
    expect(many.json().error.fields).toEqual({ photos: 'TOO_MANY_PHOTOS' });
    const outside = await postEvent('grid_worker', await event({ location: { lon: 121.47, lat: 31.23 } }));
    expect(outside.json().error.fields).toEqual({ location: 'OUTSIDE_ALL_GRIDS' });
    const badJson = await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', ...multipartBody([{ name: 'event', value: '{oops' }]) });
    expect(badJson.json().error.fields).toEqual({ event: 'is not valid JSON' });
    const badFields = await postEvent('grid_worker', { ...(await event()), category: 'gossip', occurredAt: isoNow(3_600_000) });
    expect(Object.keys(badFields.json().error.fields)).toEqual(['category']);
    const future = await postEvent('grid_worker', await event({ occurredAt: isoNow(3_600_000) }));
    expect(future.json().error.fields).toEqual({ occurredAt: 'FUTURE_TIME' });
    expect([await count('events'), await count('event_photos')]).toEqual(before);
    const files = await fs.readdir(uploads, { recursive: true });
    expect(files.filter((f) => String(f).endsWith('.jpg'))).toHaveLength(2);
  });

  it('scopes reads: another district sees nothing', async () => {
    const list = (await ctx.as('linqing_staff')({ url: '/api/events' })).json();
    expect(list).toEqual({ items: [], total: 0 });
    const any = (await ctx.as('street_staff')({ url: '/api/events?limit=1' })).json().items[0];
    expect((await ctx.as('linqing_staff')({ url: `/api/events/${any.id}` })).statusCode).toBe(404);
    expect((await ctx.as('linqing_staff')({ url: any.photos[0]?.url ?? `/api/events/${any.id}/photos/${crypto.randomUUID()}` })).statusCode).toBe(404);
  });
});
