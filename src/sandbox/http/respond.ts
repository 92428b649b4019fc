// Success responses in Docplanner's media type.
import { successMediaType } from '../../shared/docplanner/common.ts';

export function ok(body: unknown, status: 200 | 201 = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': successMediaType, ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
