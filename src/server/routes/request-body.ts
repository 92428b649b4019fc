// Reads a JSON body against a zod schema, or says in one sentence what is wrong with it.
import type { Context } from 'hono';
import { z } from 'zod';

export async function readBody<Schema extends z.core.$ZodType>(
  c: Context,
  schema: Schema,
): Promise<{ ok: true; data: z.output<Schema> } | { ok: false; message: string }> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, message: 'The body is not JSON.' };
  }
  const parsed = z.safeParse(schema, json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; '),
  };
}
