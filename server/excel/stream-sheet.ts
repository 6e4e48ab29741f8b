import type { Writable } from 'node:stream';
import { inertStreamingWorkbook } from './inert.ts';
import type { Column } from './sheet.ts';

export interface SheetLayout<T> {
  name: string;
  columns: Column<T>[];
}

/** Resolves once `out` can take more, or is gone. */
function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * One export sheet written onto `out` while its rows are read: the bold, frozen header, each
 * batch as it arrives (the next batch is read only once `out` has drained, so a slow client
 * holds back the database, not memory), then the notes, which may name the rows written.
 * Answers that count; stops early, without error, when `out` is destroyed.
 */
export async function writeSheet<T>(out: Writable, layout: SheetLayout<T>, batches: AsyncIterable<T[]>, notes: (rows: number) => string[]): Promise<number> {
  const workbook = inertStreamingWorkbook(out);
  workbook.creator = 'EpiGrid';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const item of batch) sheet.addRow(layout.columns.map((c) => c.value(item))).commit();
    rows += batch.length;
    await drained(out);
    if (out.destroyed) return rows;
  }
  const lines = notes(rows);
  if (lines.length > 0) {
    sheet.addRow([]).commit();
    for (const line of lines) {
      const row = sheet.addRow([line]);
      row.font = { italic: true, color: { argb: 'FF666666' } };
      row.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
