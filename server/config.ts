import path from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { BaseMap } from '../common/contracts/map.ts';
import { NOTIFICATION_KIND } from '../common/instructions/vocabulary.ts';

/**
 * Every setting comes from the environment, is checked against one schema at start, and a
 * bad value stops the process with the variable's name. Secrets are listed so that nothing
 * prints them.
 */
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  EPIGRID_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  EPIGRID_DEMO: Type.Boolean({ default: true }),
  EPIGRID_DEMO_PASSWORD: Type.Optional(Type.String({ minLength: 8 })),
  EPIGRID_SIMULATE: Type.Boolean({ default: true }),
  EPIGRID_PII_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$' })),
  EPIGRID_SESSION_HOURS: Type.Number({ exclusiveMinimum: 0, default: 12 }),
  EPIGRID_ALLOWED_ORIGINS: Type.String({ default: '' }),
  EPIGRID_TRUST_PROXY: Type.Boolean({ default: false }),
  EPIGRID_WEB_DIST: Type.String({ default: './dist/web' }),
  EPIGRID_UPLOADS_DIR: Type.Optional(Type.String({ minLength: 1 })),
  EPIGRID_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+' })),
  EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: Type.Integer({ minimum: 1, default: 60 }),
  EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600 }),
  EPIGRID_MAP_TILES: Type.Optional(Type.String({ pattern: '^https?://.*\\{z\\}.*' })),
  EPIGRID_MAP_STYLE: Type.Optional(Type.String({ pattern: '^https?://' })),
  EPIGRID_MAP_CRS: Type.Union(['wgs84', 'cgcs2000', 'gcj02'].map((c) => Type.Literal(c)), { default: 'wgs84' }),
  EPIGRID_MAP_ATTRIBUTION: Type.String({ default: '' }),
  EPIGRID_MAP_HOSTS: Type.String({ default: '' }),
  EPIGRID_MAP_TILE_SIZE: Type.Integer({ minimum: 64, maximum: 1024, default: 256 }),
  EPIGRID_MAP_MAX_ZOOM: Type.Integer({ minimum: 1, maximum: 24, default: 18 }),
  EPIGRID_EXPORT_MAX_ROWS: Type.Integer({ minimum: 1, default: 200_000 }),
  EPIGRID_WEBHOOK_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  EPIGRID_WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16, pattern: '\\S' })),
  EPIGRID_SMS_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  EPIGRID_SMS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  EPIGRID_SMS_KEY_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  EPIGRID_SMS_SIGN_NAME: Type.Optional(Type.String({ minLength: 1 })),
  EPIGRID_SMS_TEMPLATE: Type.Optional(Type.String({ minLength: 1 })),
  EPIGRID_SMS_KINDS: Type.String({ default: 'urgent,reminder' }),
  EPIGRID_OUTBOUND_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 8 }),
  EPIGRID_OUTBOUND_BACKOFF_MS: Type.Integer({ minimum: 1, default: 30_000 }),
  EPIGRID_OUTBOUND_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120_000, default: 10_000 }),
  EPIGRID_OUTBOUND_POLL_MS: Type.Integer({ minimum: 10, default: 2_000 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  LOG_FORMAT: Type.Union(['auto', 'pretty', 'json'].map((f) => Type.Literal(f)), { default: 'auto' }),
});

// A webhook URL often carries its receiver's token in the query (WeCom and DingTalk bots do).
const SECRET_SETTINGS = ['DATABASE_URL', 'EPIGRID_DEMO_PASSWORD', 'EPIGRID_PII_KEY', 'EPIGRID_WEBHOOK_URL', 'EPIGRID_WEBHOOK_SECRET', 'EPIGRID_SMS_KEY_SECRET'] as const;

export interface WebhookConfig {
  url: string;
  secret: string;
}

export interface SmsConfig {
  url: string;
  keyId: string;
  keySecret: string;
  signName: string;
  template: string;
  /** Notification kinds that go by SMS; `urgent` stands for every notification of urgent priority. */
  kinds: string[];
}

/** Outbound channels (null: not configured, nothing is queued for it) and how deliveries are retried. */
export interface OutboundConfig {
  webhook: WebhookConfig | null;
  sms: SmsConfig | null;
  maxAttempts: number;
  /** The first retry's delay; each further one doubles it, with jitter, up to an hour. */
  backoffMs: number;
  timeoutMs: number;
  pollMs: number;
}

export interface Config {
  port: number;
  /** Where to listen; see hostOf. */
  host: string;
  /** True when HOST was not set and the demo's rule chose loopback. */
  hostIsLoopbackDefault: boolean;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  demo: boolean;
  demoPassword: string | undefined;
  /** In demo mode, keep adding simulated activity so the dashboards move. */
  simulate: boolean;
  piiKey: Buffer | undefined;
  sessionHours: number;
  allowedOrigins: string[];
  trustProxy: boolean;
  webDist: string;
  /** Event photos and other uploads: outside the database, shared by all app processes. */
  uploadsDir: string;
  /** Base URL printed in QR codes; by default the host a staff member's browser used. */
  publicUrl: string | undefined;
  declarationLimits: { perIpPerMinute: number; perCheckpointPerMinute: number };
  /** A base map under the region outlines; none by default, so the map works offline. */
  baseMap: BaseMap | null;
  /** Origins the browser may load map tiles, styles and glyphs from (the Content-Security-Policy's list). */
  mapHosts: string[];
  /** A list export matching more rows than this is refused: the filter should be narrower. */
  exportMaxRows: number;
  logLevel: string;
  /** Pretty lines for a person at a terminal, JSON lines for a log collector. */
  logFormat: 'pretty' | 'json';
  outbound: OutboundConfig;
}

/**
 * The demo prints a password that signs in as the city's administrator: unless HOST says
 * otherwise it listens on loopback only. Without the demo (production, behind a proxy or in a
 * container) it listens on every interface as before.
 */
function hostOf(c: Static<typeof EnvSchema>): { host: string; hostIsLoopbackDefault: boolean } {
  if (c.HOST) return { host: c.HOST, hostIsLoopbackDefault: false };
  return c.EPIGRID_DEMO ? { host: '127.0.0.1', hostIsLoopbackDefault: true } : { host: '0.0.0.0', hostIsLoopbackDefault: false };
}

/** CGCS2000 (Tianditu) differs from WGS-84 by centimetres: drawn as is. GCJ-02 tiles need our data shifted. */
function baseMapOf(c: Static<typeof EnvSchema>): BaseMap | null {
  const url = c.EPIGRID_MAP_TILES ?? c.EPIGRID_MAP_STYLE;
  if (!url) return null;
  return {
    kind: c.EPIGRID_MAP_TILES ? 'raster' : 'style',
    url,
    crs: c.EPIGRID_MAP_CRS === 'gcj02' ? 'gcj02' : 'wgs84',
    attribution: c.EPIGRID_MAP_ATTRIBUTION,
    tileSize: c.EPIGRID_MAP_TILE_SIZE,
    maxZoom: c.EPIGRID_MAP_MAX_ZOOM,
  };
}

/**
 * The base map's own origin (a `{1-4}`-style subdomain becomes `*`), and the extra origins
 * a vector style pulls its tiles and glyphs from, which only its operator knows.
 */
function mapHostsOf(c: Static<typeof EnvSchema>): string[] {
  const url = c.EPIGRID_MAP_TILES ?? c.EPIGRID_MAP_STYLE;
  const own = url ? [url.replace(/^(https?:\/\/[^/?#]+).*$/, '$1').replace(/[^./]*\{[^}]*\}[^./]*/g, '*')] : [];
  return [...own, ...c.EPIGRID_MAP_HOSTS.split(',').map((h) => h.trim()).filter(Boolean)];
}

const SMS_SETTINGS = ['EPIGRID_SMS_URL', 'EPIGRID_SMS_KEY_ID', 'EPIGRID_SMS_KEY_SECRET', 'EPIGRID_SMS_SIGN_NAME', 'EPIGRID_SMS_TEMPLATE'] as const;
const SMS_KIND_TOKENS: readonly string[] = ['urgent', ...NOTIFICATION_KIND.codes];

/** A channel is configured by all of its settings or none: half a channel stops the start instead of silently sending nothing. */
function outboundProblems(c: Static<typeof EnvSchema>): string[] {
  const problems: string[] = [];
  if (c.EPIGRID_WEBHOOK_URL && !URL.canParse(c.EPIGRID_WEBHOOK_URL)) problems.push('EPIGRID_WEBHOOK_URL: not a valid URL');
  if (Boolean(c.EPIGRID_WEBHOOK_URL) !== Boolean(c.EPIGRID_WEBHOOK_SECRET)) {
    problems.push('EPIGRID_WEBHOOK_URL, EPIGRID_WEBHOOK_SECRET: set both (a secret of at least 16 characters signs every delivery) or neither');
  }
  if (c.EPIGRID_SMS_URL && !URL.canParse(c.EPIGRID_SMS_URL)) problems.push(`EPIGRID_SMS_URL: not a valid URL (got ${JSON.stringify(c.EPIGRID_SMS_URL)})`);
  const missing = SMS_SETTINGS.filter((name) => !c[name]);
  if (missing.length > 0 && missing.length < SMS_SETTINGS.length) problems.push(`${missing.join(', ')}: required with the other EPIGRID_SMS_ settings`);
  const kinds = smsKindsOf(c);
  const unknown = kinds.filter((k) => !SMS_KIND_TOKENS.includes(k));
  if (unknown.length > 0) problems.push(`EPIGRID_SMS_KINDS: unknown ${unknown.join(', ')} (known: ${SMS_KIND_TOKENS.join(', ')})`);
  if (kinds.length === 0) problems.push(`EPIGRID_SMS_KINDS: name at least one of ${SMS_KIND_TOKENS.join(', ')}`);
  return problems;
}

function smsKindsOf(c: Static<typeof EnvSchema>): string[] {
  return c.EPIGRID_SMS_KINDS.split(',').map((k) => k.trim()).filter(Boolean);
}

function outboundOf(c: Static<typeof EnvSchema>): OutboundConfig {
  return {
    webhook: c.EPIGRID_WEBHOOK_URL && c.EPIGRID_WEBHOOK_SECRET ? { url: c.EPIGRID_WEBHOOK_URL, secret: c.EPIGRID_WEBHOOK_SECRET } : null,
    sms: c.EPIGRID_SMS_URL && c.EPIGRID_SMS_KEY_ID && c.EPIGRID_SMS_KEY_SECRET && c.EPIGRID_SMS_SIGN_NAME && c.EPIGRID_SMS_TEMPLATE
      ? { url: c.EPIGRID_SMS_URL, keyId: c.EPIGRID_SMS_KEY_ID, keySecret: c.EPIGRID_SMS_KEY_SECRET, signName: c.EPIGRID_SMS_SIGN_NAME, template: c.EPIGRID_SMS_TEMPLATE, kinds: smsKindsOf(c) }
      : null,
    maxAttempts: c.EPIGRID_OUTBOUND_MAX_ATTEMPTS,
    backoffMs: c.EPIGRID_OUTBOUND_BACKOFF_MS,
    timeoutMs: c.EPIGRID_OUTBOUND_TIMEOUT_MS,
    pollMs: c.EPIGRID_OUTBOUND_POLL_MS,
  };
}

function isTerminal(): boolean {
  return process.stdout.isTTY === true;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

function parseBoolean(value: string): boolean | string {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  return value;
}

/**
 * `demoWired`: whether the entry that starts the process brings the demo (npm start does, the
 * platform's own entries do not); without it EPIGRID_DEMO has no effect, as if it were 0.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { demoWired = true }: { demoWired?: boolean } = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    const schema = (EnvSchema.properties as Record<string, { type?: string }>)[key]!;
    if (schema.type === 'integer' || schema.type === 'number') raw[key] = Number(value);
    else if (schema.type === 'boolean') raw[key] = parseBoolean(value);
    else raw[key] = value;
  }
  const withDefaults = Value.Default(EnvSchema, raw);
  const problems = [...Value.Errors(EnvSchema, withDefaults)].map((e) => {
    const name = e.instancePath.replace(/^\//, '') || 'environment';
    const secret = (SECRET_SETTINGS as readonly string[]).includes(name);
    return `${name}: ${e.message}${secret ? '' : ` (got ${JSON.stringify(raw[name])})`}`;
  });
  const c = { ...(withDefaults as Static<typeof EnvSchema>) };
  if (!demoWired) c.EPIGRID_DEMO = false;
  if (c.EPIGRID_MAP_TILES && c.EPIGRID_MAP_STYLE) problems.push('EPIGRID_MAP_TILES, EPIGRID_MAP_STYLE: set one base map, not both');
  problems.push(...outboundProblems(c));
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = path.resolve(c.EPIGRID_DATA_DIR);
  return {
    port: c.PORT,
    ...hostOf(c),
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    demo: c.EPIGRID_DEMO,
    demoPassword: c.EPIGRID_DEMO_PASSWORD,
    simulate: c.EPIGRID_DEMO && c.EPIGRID_SIMULATE,
    piiKey: c.EPIGRID_PII_KEY ? Buffer.from(c.EPIGRID_PII_KEY, 'base64') : undefined,
    sessionHours: c.EPIGRID_SESSION_HOURS,
    allowedOrigins: c.EPIGRID_ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: c.EPIGRID_TRUST_PROXY,
    webDist: path.resolve(c.EPIGRID_WEB_DIST),
    uploadsDir: path.resolve(c.EPIGRID_UPLOADS_DIR ?? path.join(dataDir, 'uploads')),
    publicUrl: c.EPIGRID_PUBLIC_URL,
    declarationLimits: { perIpPerMinute: c.EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE, perCheckpointPerMinute: c.EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE },
    baseMap: baseMapOf(c),
    mapHosts: mapHostsOf(c),
    exportMaxRows: c.EPIGRID_EXPORT_MAX_ROWS,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT === 'auto' ? (isTerminal() ? 'pretty' : 'json') : c.LOG_FORMAT,
    outbound: outboundOf(c),
  };
}
