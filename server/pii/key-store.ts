import fs from 'node:fs/promises';
import path from 'node:path';
import { generateMasterKey } from './crypto.ts';

/**
 * Where the personal-data master key comes from: EPIGRID_PII_KEY when set (required for
 * several app processes), otherwise a key file created once, readable by the owner only.
 */
export async function loadOrCreateKeyFile(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, 'pii.key');
  try {
    const text = (await fs.readFile(file, 'utf8')).trim();
    const key = Buffer.from(text, 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.mkdir(dataDir, { recursive: true });
  const key = generateMasterKey();
  await fs.writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
