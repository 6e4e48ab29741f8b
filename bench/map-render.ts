import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { p95 } from './bench-app.ts';
import type { BenchResult } from './report.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** Serves the built page from `dir` on a free port. */
async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * 100,000 points at grid level in headless Chromium (software WebGL): the console's clustered
 * points layer against the same points as plain circles, both from setData to an idle map,
 * then the frame time over a 60-frame pan.
 */
export async function benchMapRender(options: { points: number; runs: number }): Promise<BenchResult[]> {
  const outDir = fs.mkdtempSync('/tmp/epigrid-bench-map-');
  await build({ root: path.join(here, 'map-render'), configFile: false, logLevel: 'warn', base: './', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 } });
  const site = await serve(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.url);
    await page.waitForFunction(() => document.title === 'ready');
    const measure = async (clustered: boolean, points = options.points) => {
      const loads: number[] = [];
      const frames: number[] = [];
      for (let i = 0; i <= options.runs; i++) {
        const r = await page.evaluate(([n, c]) => (window as unknown as { benchRender: (n: number, c: boolean) => Promise<{ loadMs: number; frames: number[] }> }).benchRender(n, c), [points, clustered] as const);
        // The first run warms the page up (worker start, shader compilation).
        if (i > 0) {
          loads.push(r.loadMs);
          frames.push(...r.frames);
        }
      }
      return { load: loads.sort((a, b) => a - b)[Math.floor(loads.length / 2)]!, frame: p95(frames) };
    };
    const ours = await measure(true);
    const plain = await measure(false);
    // What software WebGL costs with nothing on the map: the floor under both.
    const empty = await measure(true, 0);
    const n = options.points.toLocaleString('en');
    return [
      { name: `${n} points, clustered (console layer): setData → idle (median)`, value: `${ours.load.toFixed(0)} ms | plain circles ${plain.load.toFixed(0)} ms — ${(plain.load / ours.load).toFixed(2)}×` },
      { name: `${n} points: frame time while panning (p95)`, value: `${ours.frame.toFixed(1)} ms (${(1000 / ours.frame).toFixed(0)} fps) | plain circles ${plain.frame.toFixed(1)} ms — ${(plain.frame / ours.frame).toFixed(2)}×` },
      { name: 'the same map with no points: frame time while panning (p95)', value: `${empty.frame.toFixed(1)} ms (${(1000 / empty.frame).toFixed(0)} fps): what software rendering costs here on its own` },
    ];
  } finally {
    await browser.close();
    await site.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
