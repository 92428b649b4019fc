import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the sandbox on port 8080 in Europe/Warsaw', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.upstream).toEqual({ kind: 'sandbox', seed: 1, marketplace: true });
    expect(config.timeZone).toBe('Europe/Warsaw');
    expect(config.dataDir).toBe('./data');
    expect(config.allowHttpVideoLinks).toBe(true);
  });

  it('uses Docplanner with both credentials, on the locale domain', () => {
    const config = loadConfig({
      DOCPLANNER_CLIENT_ID: 'id',
      DOCPLANNER_CLIENT_SECRET: 'secret',
      DOCPLANNER_LOCALE: 'it',
    });
    expect(config.upstream).toEqual({
      kind: 'docplanner',
      origin: 'https://www.miodottore.it',
      clientId: 'id',
      clientSecret: 'secret',
    });
    expect(config.timeZone).toBe('Europe/Rome');
    expect(config.allowHttpVideoLinks).toBe(false);
  });

  it('lets DOCPLANNER_BASE_URL and FACILITY_TIMEZONE override the locale', () => {
    const config = loadConfig({
      DOCPLANNER_CLIENT_ID: 'id',
      DOCPLANNER_CLIENT_SECRET: 'secret',
      DOCPLANNER_BASE_URL: 'https://api.example.test/',
      FACILITY_TIMEZONE: 'America/New_York',
    });
    expect(config.upstream.kind === 'docplanner' && config.upstream.origin).toBe(
      'https://api.example.test',
    );
    expect(config.timeZone).toBe('America/New_York');
  });

  it('connects to a stand-alone sandbox at SANDBOX_URL', () => {
    expect(loadConfig({ SANDBOX_URL: 'http://127.0.0.1:8090/' }).upstream).toEqual({
      kind: 'sandbox',
      seed: 1,
      marketplace: true,
      url: 'http://127.0.0.1:8090',
    });
  });

  it('defaults to pull notifications, and push needs a secret with real credentials', () => {
    expect(loadConfig({}).notifications).toEqual({ mode: 'pull', intervalMs: 3000 });
    const push = loadConfig({ NOTIFICATIONS_MODE: 'push' }).notifications;
    expect(push.mode === 'push' && push.secret.length).toBeGreaterThanOrEqual(16);
    expect(
      problemsOf({
        NOTIFICATIONS_MODE: 'push',
        DOCPLANNER_CLIENT_ID: 'id',
        DOCPLANNER_CLIENT_SECRET: 'secret',
      }).join(),
    ).toMatch(/WEBHOOK_SECRET is required/);
    expect(problemsOf({ WEBHOOK_SECRET: 'short' }).join()).toMatch(/at least 16/);
  });

  it('treats empty values as unset', () => {
    expect(
      loadConfig({ DOCPLANNER_CLIENT_ID: '', DOCPLANNER_CLIENT_SECRET: ' ' }).upstream.kind,
    ).toBe('sandbox');
  });

  it('says what is wrong with each bad value', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DOCPLANNER_LOCALE: 'xx',
      FACILITY_TIMEZONE: 'Mars/Olympus',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT must be a number/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(problems.join('\n')).toMatch(/DOCPLANNER_LOCALE must be one of .*pl/);
    expect(problems.join('\n')).toMatch(/FACILITY_TIMEZONE must be an IANA time zone/);
  });

  it('reads the metrics token and the retention, and says what is wrong with them', () => {
    expect(loadConfig({}).retentionMs).toBe(14 * 24 * 3600_000);
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const config = loadConfig({
      DEAD_LETTER_RETENTION_DAYS: '30',
      METRICS_TOKEN: 'a-long-enough-token',
    });
    expect(config.retentionMs).toBe(30 * 24 * 3600_000);
    expect(config.metricsToken).toBe('a-long-enough-token');
    const problems = problemsOf({ DEAD_LETTER_RETENTION_DAYS: '0', METRICS_TOKEN: 'short' }).join(
      '\n',
    );
    expect(problems).toMatch(/DEAD_LETTER_RETENTION_DAYS must be between 1 and 3650/);
    expect(problems).toMatch(/METRICS_TOKEN must be at least 16 characters/);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' }).join()).toMatch(/between 0 and 65535/);
  });

  it('refuses a client id without its secret', () => {
    expect(problemsOf({ DOCPLANNER_CLIENT_ID: 'id' }).join()).toMatch(
      /DOCPLANNER_CLIENT_SECRET.*go together/,
    );
  });
});
