import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

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
