import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The demo accounts' password: EPIGRID_DEMO_PASSWORD when given, otherwise one generated at
 * first start and kept (owner-readable only) in the data folder so later starts can show it again.
 */
export async function resolveDemoPassword(dataDir: string, configured: string | undefined): Promise<{ password: string; source: 'env' | 'file' | 'generated' }> {
  if (configured) return { password: configured, source: 'env' };
  const file = path.join(dataDir, 'demo-password.txt');
  try {
    return { password: (await fs.readFile(file, 'utf8')).trim(), source: 'file' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Letters and digits only, with at least one of each, so it meets the password rule and is easy to type.
  const password = `Demo${crypto.randomBytes(6).toString('hex')}${crypto.randomInt(10)}`;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return { password, source: 'generated' };
}
