import crypto from 'node:crypto';

/**
 * Personal identifiers (ID numbers, phone numbers) at rest: AES-256-GCM ciphertext for the
 * few who may reveal them, an HMAC blind index to find and de-duplicate without decrypting,
 * and a masked form for every list. Encryption and blind-index keys are derived separately
 * from one master key, so the index cannot be used to decrypt.
 */
export interface ProtectedValue {
  cipher: string;
  blindIndex: string;
}

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Random GCM nonces drawn from a pooled buffer: one randomFillSync per 512 nonces instead of
 * one per encryption (a small randomBytes call is dominated by its fixed cost, and a
 * declaration rush encrypts thousands of phone numbers a second). Still 96 random bits each.
 */
class NoncePool {
  private readonly pool = Buffer.alloc(IV_BYTES * 512);
  private offset = this.pool.length;

  next(): Buffer {
    if (this.offset === this.pool.length) {
      crypto.randomFillSync(this.pool);
      this.offset = 0;
    }
    const iv = Buffer.from(this.pool.subarray(this.offset, this.offset + IV_BYTES));
    this.offset += IV_BYTES;
    return iv;
  }
}

export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly indexKey: Buffer;
  readonly fingerprint: string;
  private readonly nonces = new NoncePool();

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the personal-data key must be 32 bytes');
    const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
    this.encryptionKey = derive('epigrid pii encryption');
    this.indexKey = derive('epigrid pii blind index');
    this.fingerprint = crypto.createHmac('sha256', derive('epigrid key fingerprint')).update('fingerprint').digest('hex').slice(0, 16);
  }

  encrypt(plain: string): string {
    const iv = this.nonces.next();
    const cipher = crypto.createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unrecognised ciphertext');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic: the same normalized value always gives the same index, for lookups. `kind` keeps ID and phone indexes apart. */
  blindIndex(kind: 'id_number' | 'phone', normalized: string): string {
    return crypto.createHmac('sha256', this.indexKey).update(`${kind}:${normalized}`).digest('base64url');
  }

  protect(kind: 'id_number' | 'phone', normalized: string): ProtectedValue {
    return { cipher: this.encrypt(normalized), blindIndex: this.blindIndex(kind, normalized) };
  }
}

export function generateMasterKey(): Buffer {
  return crypto.randomBytes(32);
}
