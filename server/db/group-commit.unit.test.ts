import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('group commit', () => {
  it('answers each caller after the batch carrying its item commits, in batches', async () => {
    const batches: number[][] = [];
    const committer = new GroupCommitter<number, string>(async (items) => {
      batches.push(items);
      await sleep(20);
      return items.map((i) => `ok ${i}`);
    }, { maxBatch: 10, maxWaitMs: 5, maxConcurrent: 1 });
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => committer.submit(i)));
    expect(answers).toEqual(Array.from({ length: 25 }, (_, i) => `ok ${i}`));
    expect(batches.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(batches.every((b) => b.length <= 10)).toBe(true);
    expect(batches.length).toBeLessThanOrEqual(4);
  });

  it('fills the next batch while one commits, and never runs more than allowed at once', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const committer = new GroupCommitter<number, number>(async (items) => {
      running += 1;
      most = Math.max(most, running);
      sizes.push(items.length);
      await sleep(15);
      running -= 1;
      return items;
    }, { maxBatch: 1000, maxWaitMs: 1, maxConcurrent: 2 });
    const all: Promise<number>[] = [];
    for (let wave = 0; wave < 5; wave++) {
      for (let i = 0; i < 50; i++) all.push(committer.submit(wave * 50 + i));
      await sleep(3);
    }
    expect((await Promise.all(all)).length).toBe(250);
    expect(most).toBeLessThanOrEqual(2);
    expect(sizes.some((s) => s > 50)).toBe(true);
  });

  it('fails every caller of a failed batch, and only them', async () => {
    let calls = 0;
    const committer = new GroupCommitter<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      return items;
    }, { maxBatch: 3, maxWaitMs: 1, maxConcurrent: 1 });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => committer.submit(i)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'fulfilled']);
    await committer.drain();
  });
});
