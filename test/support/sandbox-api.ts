// The real sandbox Docplanner, in process, with the client the server would call it through:
// for server tests that go all the way to Docplanner's API.
import { afterEach, beforeEach } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/start.ts';
import {
  createDocplannerApi,
  type DocplannerApi,
} from '../../src/server/upstream/docplanner-api.ts';
import { createDocplannerHttp } from '../../src/server/upstream/http.ts';
import { createTokenSource } from '../../src/server/upstream/token-source.ts';

/** The server's Docplanner client on a running sandbox, signed in as its API client; no retries. */
export function docplannerApiOn(sandbox: RunningSandbox): DocplannerApi {
  const tokens = createTokenSource({ origin: sandbox.url, ...sandbox });
  return createDocplannerApi(createDocplannerHttp({ origin: sandbox.url, tokens, retryLimit: 0 }));
}

/**
 * A sandbox of its own for each test of the file (seed 1, its clock at `nowMs()`), started
 * before the test and closed after it, so that what one test books does not crowd the next.
 * Read `api` inside a test: the server's Docplanner client on that test's sandbox.
 */
export function sandboxPerTest(nowMs: () => number): { readonly api: DocplannerApi } {
  let sandbox: RunningSandbox | undefined;
  let api: DocplannerApi | undefined;
  beforeEach(async () => {
    sandbox = await startSandbox({ seed: 1, now: () => new Date(nowMs()) });
    api = docplannerApiOn(sandbox);
  });
  afterEach(() => sandbox?.close());
  return {
    get api() {
      if (!api) throw new Error('the sandbox starts before each test: read api inside one');
      return api;
    },
  };
}
