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

  it('fails every caller of a batch the database could not take, and only them, without retrying it', async () => {
    let calls = 0;
    const committer = new GroupCommitter<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      return items;
    }, { maxBatch: 3, maxWaitMs: 1, maxConcurrent: 1 });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => committer.submit(i)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'fulfilled']);
    expect(calls).toBe(2);
    await committer.drain();
  });

  /** A store that refuses any transaction holding a negative item, as PostgreSQL refuses a row with NUL. */
  function poisonableStore() {
    const stored: number[] = [];
    const transactions: number[][] = [];
    const commit = async (items: number[]) => {
      transactions.push(items);
      await sleep(1);
      if (items.some((i) => i < 0)) throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
      stored.push(...items);
      return items.map((i) => i * 10);
    };
    return { stored, transactions, commit };
  }

  it('commits the good items of a batch that one bad item fails, and fails only the bad one', async () => {
    const store = poisonableStore();
    const committer = new GroupCommitter(store.commit, { maxBatch: 100, maxWaitMs: 5, maxConcurrent: 1 });
    const items = [...Array.from({ length: 30 }, (_, i) => i + 1), -1, -2, -3, -4, -5, -6];
    const shuffled = items.map((v, i) => ({ v, k: (i * 7919) % 36 })).sort((a, b) => a.k - b.k).map((x) => x.v);
    const results = await Promise.allSettled(shuffled.map((i) => committer.submit(i)));
    shuffled.forEach((item, n) => {
      const r = results[n]!;
      if (item > 0) expect(r).toEqual({ status: 'fulfilled', value: item * 10 });
      else expect(r.status === 'rejected' && (r.reason as { code: string }).code).toBe('22021');
    });
    // Each good item stored exactly once; no bad one stored.
    expect([...store.stored].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // Bisection, not one transaction per item: 6 bad in 36 take well under 2·36.
    expect(store.transactions.length).toBeLessThan(40);
  });

  it('isolates a bad item in every batch of a steady stream, with other batches untouched', async () => {
    const store = poisonableStore();
    const committer = new GroupCommitter(store.commit, { maxBatch: 8, maxWaitMs: 1, maxConcurrent: 2 });
    const items = Array.from({ length: 200 }, (_, i) => (i % 25 === 0 ? -(i + 1) : i + 1));
    const results = await Promise.allSettled(items.map((i) => committer.submit(i)));
    expect(results.filter((r) => r.status === 'fulfilled').length).toBe(192);
    expect(results.every((r, n) => (r.status === 'fulfilled') === (items[n]! > 0))).toBe(true);
    expect(new Set(store.stored).size).toBe(store.stored.length);
  });

  it('stops splitting when the database goes away mid-way: what is left fails with the outage at once', async () => {
    let calls = 0;
    const committer = new GroupCommitter<number, number>(async (_items) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('value too long'), { code: '22001' });
      throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    }, { maxBatch: 16, maxWaitMs: 1, maxConcurrent: 1 });
    const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => committer.submit(i)));
    expect(results.every((r) => r.status === 'rejected' && (r.reason as { code: string }).code === '57P01')).toBe(true);
    expect(calls).toBe(2);
  });
});
