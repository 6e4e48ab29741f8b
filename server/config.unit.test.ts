import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('where the server listens', () => {
  it('with the demo on and HOST unset: loopback only, since the printed demo password would sign in from anywhere', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.hostIsLoopbackDefault).toBe(true);
  });

  it('HOST, when given, is obeyed, demo or not', () => {
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ host: '0.0.0.0', hostIsLoopbackDefault: false });
    expect(loadConfig({ HOST: '::', EPIGRID_DEMO: '0' }).host).toBe('::');
  });

  it('without the demo, every interface as before (a production process behind its proxy)', () => {
    expect(loadConfig({ EPIGRID_DEMO: '0' })).toMatchObject({ host: '0.0.0.0', hostIsLoopbackDefault: false });
  });
});

describe('log format', () => {
  it('JSON when stdout is not a terminal (as here), unless asked otherwise', () => {
    expect(loadConfig({}).logFormat).toBe(process.stdout.isTTY ? 'pretty' : 'json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});

describe('outbound channels', () => {
  const WEBHOOK = { EPIGRID_WEBHOOK_URL: 'https://hooks.example.cn/epigrid?key=abc', EPIGRID_WEBHOOK_SECRET: 'a-secret-of-16-chars' };
  const SMS = {
    EPIGRID_SMS_URL: 'https://dysmsapi.aliyuncs.com/', EPIGRID_SMS_KEY_ID: 'LTAI5t', EPIGRID_SMS_KEY_SECRET: 'key-secret',
    EPIGRID_SMS_SIGN_NAME: '聊城防疫', EPIGRID_SMS_TEMPLATE: 'SMS_200123001',
  };
  const problemsOf = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('the configuration was accepted');
  };

  it('none unless configured', () => {
    expect(loadConfig({}).outbound).toMatchObject({ webhook: null, sms: null });
  });

  it('a complete webhook and SMS gateway are taken as given', () => {
    expect(loadConfig({ ...WEBHOOK, ...SMS, EPIGRID_SMS_KINDS: 'reminder, urgent' }).outbound).toMatchObject({
      webhook: { url: WEBHOOK.EPIGRID_WEBHOOK_URL, secret: WEBHOOK.EPIGRID_WEBHOOK_SECRET },
      sms: { url: SMS.EPIGRID_SMS_URL, keyId: 'LTAI5t', keySecret: 'key-secret', signName: '聊城防疫', template: 'SMS_200123001', kinds: ['reminder', 'urgent'] },
    });
  });

  it('a webhook URL that is not an http(s) URL stops the start, without printing it (it may carry a token)', () => {
    const notHttp = fc.string({ minLength: 1 }).filter((s) => !/^https?:\/\//.test(s) && s.trim() === s && s.length > 0);
    const broken = fc.constantFrom('http://', 'https://exa mple.cn/hook', 'http://[::1/hook', 'https://:80/');
    fc.assert(fc.property(fc.oneof(notHttp, broken), (url) => {
      const message = problemsOf({ ...WEBHOOK, EPIGRID_WEBHOOK_URL: url });
      expect(message).toMatch(/EPIGRID_WEBHOOK_URL: /);
      expect(message).not.toContain(JSON.stringify(url));
    }));
  });

  it('an empty, short or blank webhook secret stops the start, without printing it', () => {
    const bad = fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 15 }), fc.stringMatching(/^[ \t]{16,30}$/));
    fc.assert(fc.property(bad, (secret) => {
      const message = problemsOf({ ...WEBHOOK, EPIGRID_WEBHOOK_SECRET: secret });
      expect(message).toMatch(/EPIGRID_WEBHOOK_SECRET/);
      if (secret.trim().length > 3) expect(message).not.toContain(secret);
    }));
  });

  it('half an SMS gateway stops the start, naming what is missing', () => {
    const names = Object.keys(SMS) as (keyof typeof SMS)[];
    fc.assert(fc.property(fc.subarray(names, { minLength: 1, maxLength: names.length - 1 }), (missing) => {
      const env: Record<string, string> = { ...SMS };
      for (const name of missing) delete env[name];
      expect(problemsOf(env)).toContain(`${missing.join(', ')}: required with the other EPIGRID_SMS_ settings`);
    }));
    expect(problemsOf({ ...SMS, EPIGRID_SMS_URL: 'ftp://sms.example.cn' })).toMatch(/EPIGRID_SMS_URL/);
    expect(problemsOf({ ...SMS, EPIGRID_SMS_KINDS: 'reminder,birthday' })).toMatch(/EPIGRID_SMS_KINDS: unknown birthday/);
    expect(problemsOf({ ...SMS, EPIGRID_SMS_KINDS: ',' })).toMatch(/EPIGRID_SMS_KINDS/);
  });
});
