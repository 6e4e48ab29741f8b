import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Date.now() when the body had arrived. */
  at: number;
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** The answer waits for this (a receiver that hangs until the test lets it go). */
  hold?: Promise<void>;
}

/**
 * A real HTTP server on loopback for outbound tests: it records every request and answers
 * with the next scripted answer, 200 once the script is used up.
 */
export interface HttpReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Answers for the coming requests, in order. */
  script(...answers: ScriptedAnswer[]): void;
  /** Resolves once `count` requests have arrived in all, or fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startHttpReceiver(defaultAnswer: ScriptedAnswer = { status: 200 }): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  const queue: ScriptedAnswer[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const answer = queue.shift() ?? defaultAnswer;
      for (const w of waiters.filter((w) => requests.length >= w.count)) w.resolve();
      void (answer.hold ?? Promise.resolve()).then(() => {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? '');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    script: (...answers) => void queue.push(...answers),
    async waitFor(count, timeoutMs = 10_000) {
      if (requests.length < count) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`${requests.length} of ${count} requests after ${timeoutMs} ms`)), timeoutMs);
          waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(); } });
        });
      }
      return requests.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
