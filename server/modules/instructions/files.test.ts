import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, isoNow } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { multipartBody } from '../../test/multipart.ts';

let ctx: TestContext;
let uploads: string;
beforeAll(async () => {
  uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-instruction-files-'));
  ctx = await createTestContext({ uploadsDir: uploads });
});
afterAll(async () => {
  await ctx.close();
  await fs.rm(uploads, { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const png = () => sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 20, g: 90, b: 200 } } }).png().toBuffer();

async function upload(as: string, data: Buffer, filename: string, type: string) {
  return ctx.as(as)({ method: 'POST', url: '/api/instructions/files', ...multipartBody([{ name: 'file', filename, type, data }]) });
}

const send = (attachments: string[]) => ctx.as('street_staff')({
  method: 'POST', url: '/api/instructions',
  payload: { title: '防控方案', body: '请查阅附件', priority: 'normal', dueAt: isoNow(86_400_000), recipients: { kind: 'grid_workers', regions: [GRID_A] }, feedbackRequired: true, attachments },
});

describe('instruction files', () => {
  it('checks every upload: images re-encoded, a PDF kept as sent, anything else refused', async () => {
    const image = await upload('street_staff', await png(), '海报.png', 'image/png');
    expect(image.statusCode, image.body).toBe(201);
    expect(image.json()).toMatchObject({ name: '海报.jpg', contentType: 'image/jpeg' });
    const pdf = await upload('street_staff', PDF, '防控方案.pdf', 'application/pdf');
    expect(pdf.json()).toMatchObject({ name: '防控方案.pdf', contentType: 'application/pdf', bytes: PDF.length });
    expect((await upload('street_staff', Buffer.from('hello'), 'note.txt', 'text/plain')).json().error.fields).toEqual({ file: 'NOT_AN_IMAGE' });
    expect((await upload('street_staff', Buffer.from('%PDF-1.4 no end'), 'bad.pdf', 'application/pdf')).json().error.fields).toEqual({ file: 'PHOTO_TYPE' });
    expect((await upload('street_staff', PDF, '坏\u0000名.pdf', 'application/pdf')).statusCode).toBe(400);
    expect((await ctx.as('street_staff')({ method: 'POST', url: '/api/instructions/files', payload: {} })).statusCode).toBe(415);
  });

  it('attaches the sender\'s files once; recipients read them, other districts do not', async () => {
    const image = (await upload('street_staff', await png(), '海报.png', 'image/png')).json();
    const pdf = (await upload('street_staff', PDF, '防控方案.pdf', 'application/pdf')).json();
    const sent = await send([pdf.id, image.id]);
    expect(sent.statusCode, sent.body).toBe(201);
    const detail = (await ctx.as('street_staff')({ url: `/api/instructions/${sent.json().id}` })).json();
    expect(detail.attachments.map((a: { name: string }) => a.name)).toEqual(['防控方案.pdf', '海报.jpg']);
    const inbox = (await ctx.as('grid_worker')({ url: '/api/instructions/inbox' })).json();
    const item = inbox.items.find((i: { id: string }) => i.id === sent.json().id);
    expect(item.attachments).toHaveLength(2);
    const file = await ctx.as('grid_worker')({ url: item.attachments[0].url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.rawPayload, PDF)).toBe(0);
    expect((await ctx.as('linqing_staff')({ url: item.attachments[0].url })).statusCode).toBe(404);
    expect((await ctx.as('grid_worker')({ url: `/api/instructions/${sent.json().id}/files/${crypto.randomUUID()}` })).statusCode).toBe(404);

    const count = async () => Number((await ctx.database.db.selectFrom('instructions').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect((await send([pdf.id])).json().error.fields).toEqual({ 'attachments.0': 'FILE_NOT_FOUND' });
    const theirs = (await upload('community_staff', PDF, '别人的.pdf', 'application/pdf')).json();
    expect((await send([theirs.id])).json().error.fields).toEqual({ 'attachments.0': 'FILE_NOT_FOUND' });
    expect(await count()).toBe(before);
  });

  it('lets a feedback carry photos, never a document', async () => {
    const sent = (await send([])).json();
    const pdf = (await upload('grid_worker', PDF, '表.pdf', 'application/pdf')).json();
    const answer = (photos: string[]) => ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${sent.id}/feedback`, payload: { id: crypto.randomUUID(), text: '已落实', photos } });
    expect((await answer([pdf.id])).json().error.fields).toEqual({ 'photos.0': 'NOT_A_PHOTO' });
    const photo = (await upload('grid_worker', await png(), '现场.png', 'image/png')).json();
    const answered = await answer([photo.id]);
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().photos).toEqual([expect.objectContaining({ id: photo.id, contentType: 'image/jpeg' })]);
    const receipts = (await ctx.as('street_staff')({ url: `/api/instructions/${sent.id}/receipts` })).json();
    const url = receipts.items[0].feedback.photos[0].url;
    expect((await ctx.as('street_staff')({ url })).headers['content-type']).toBe('image/jpeg');
  });
});
