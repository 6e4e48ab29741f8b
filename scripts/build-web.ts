import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/**
 * Builds the web apps into dist/web when their sources changed since the last build (or with
 * --force). `npm start` and the browser tests call it, so a fresh clone needs no separate step.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'web');
const nextDir = path.join(root, 'dist', 'web.next');
const oldDir = path.join(root, 'dist', 'web.old');
const stampFile = path.join(outDir, '.source-hash');
const INPUTS = ['web', 'common', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(input)) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
    }
  }
  return hash.digest('hex');
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest)$/;

/**
 * Brotli and gzip copies next to every text asset, made once at build time: the server picks
 * the one the browser accepts (a resident's phone on a slow link gets the 9 KB, not the 20 KB).
 */
function precompress(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}

export async function buildWebIfNeeded(force = false): Promise<boolean> {
  const hash = sourceHash();
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
  if (!force && current === hash && fs.existsSync(path.join(outDir, 'console', 'index.html'))) return false;
  const { build } = await import('vite');
  process.stdout.write('Building the web apps (first start or sources changed)…\n');
  // Vite takes NODE_ENV over the build mode (vitejs/vite#11303): under Vitest (NODE_ENV=test) the apps
  // would be built with React's development build and import.meta.env.PROD false.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Build beside the live folder and swap it in, so a running server or browser test never
    // sees a half-written build.
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir: nextDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  precompress(nextDir);
  fs.writeFileSync(path.join(nextDir, '.source-hash'), `${hash}\n`);
  fs.rmSync(oldDir, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, oldDir);
  fs.renameSync(nextDir, outDir);
  fs.rmSync(oldDir, { recursive: true, force: true });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWebIfNeeded(process.argv.includes('--force')).catch((error: unknown) => {
    process.stderr.write(`web build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
