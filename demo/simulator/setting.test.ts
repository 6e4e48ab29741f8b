import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('EPIGRID_SIMULATE', () => {
  it('runs the simulator with the demo unless turned off', () => {
    expect(loadConfig({}).simulate).toBe(true);
    expect(loadConfig({ EPIGRID_SIMULATE: '0' }).simulate).toBe(false);
    expect(loadConfig({ EPIGRID_SIMULATE: 'off' }).simulate).toBe(false);
    expect(loadConfig({ EPIGRID_DEMO: '0' }).simulate).toBe(false);
    expect(() => loadConfig({ EPIGRID_SIMULATE: 'sometimes' })).toThrow(ConfigError);
  });
});
