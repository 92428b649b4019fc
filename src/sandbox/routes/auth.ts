// `POST /oauth/v2/token` (client_credentials) and the Bearer guard of `/api/v3/integration/*`.
// Both ways a client sends its credentials are accepted: HTTP Basic plus a form body (the spec's
// example) and client_id/client_secret fields in a form or multipart body (the PHP SDK).
import { Hono, type MiddlewareHandler } from 'hono';
import { ApiError } from '../http/errors.ts';
import { tokenLifetimeSeconds } from '../http/tokens.ts';
import type { SandboxState } from '../state.ts';

export function tokenRoutes(state: SandboxState): Hono {
  const app = new Hono();
  app.post('/token', async (c) => {
    const body = await readForm(c.req.raw);
    if (body === null) {
      return oauthError(400, 'invalid_request', 'Send a form or multipart body with grant_type.');
    }
    const grantType = field(body, 'grant_type');
    if (grantType === null)
      return oauthError(
        400,
        'invalid_request',
        'Invalid grant_type parameter or parameter missing',
      );
    if (grantType !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported.');
    }
    const scope = field(body, 'scope');
    if (scope !== null && scope !== 'integration') {
      return oauthError(400, 'invalid_scope', 'The only scope is "integration".');
    }
    const client = basicCredentials(c.req.header('Authorization')) ?? {
      id: field(body, 'client_id'),
      secret: field(body, 'client_secret'),
    };
    if (
      client.id !== state.credentials.clientId ||
      client.secret !== state.credentials.clientSecret
    ) {
      return oauthError(401, 'invalid_client', 'The client credentials are invalid');
    }
    const accessToken = state.tokens.issue(state.clock.now());
    return Response.json({
      access_token: accessToken,
      expires_in: tokenLifetimeSeconds,
      token_type: 'bearer',
      scope: null,
    });
  });
  return app;
}

/** Lets a request through only with a Bearer token the sandbox issued and that has not expired. */
export function requireToken(state: SandboxState): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const verdict = state.tokens.check(match?.[1] ?? null, state.clock.now());
    if (verdict === 'missing')
      throw new ApiError(401, 'Authentication credentials could not be found.');
    if (verdict === 'unknown') throw new ApiError(401, 'The access token provided is invalid.');
    if (verdict === 'expired') throw new ApiError(401, 'The access token provided has expired.');
    await next();
  };
}

type Form = Record<string, string | File | (string | File)[]>;

async function readForm(request: Request): Promise<Form | null> {
  const type = request.headers.get('Content-Type') ?? '';
  if (
    !type.includes('application/x-www-form-urlencoded') &&
    !type.includes('multipart/form-data')
  ) {
    return null;
  }
  try {
    const form = await request.formData();
    const fields: Form = {};
    form.forEach((value, key) => {
      fields[key] = value;
    });
    return fields;
  } catch {
    return null;
  }
}

function field(form: Form, name: string): string | null {
  const value = form[name];
  return typeof value === 'string' ? value : null;
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { id: decoded, secret: '' };
  return { id: safeDecode(decoded.slice(0, colon)), secret: safeDecode(decoded.slice(colon + 1)) };
}

/** RFC 6749 §2.3.1 form-encodes the id and secret before Basic; most clients do not bother. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

function oauthError(status: 400 | 401, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status });
}
