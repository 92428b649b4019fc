// JSON request bodies, validated with the shared zod schemas. A body that does not fit answers
// 400 `Invalid arguments` with the field paths in `errors`, as the spec's validation examples do.
import type { z } from 'zod';
import { ApiError } from './errors.ts';

export async function readBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { optional?: boolean } = {},
): Promise<z.output<Schema>> {
  const text = await request.text();
  let json: unknown = {};
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'Invalid arguments', ['The request body is not valid JSON']);
    }
  } else if (!options.optional) {
    throw new ApiError(400, 'Invalid arguments', ['A JSON request body is required']);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.reduce<string>(
      (text, key) =>
        typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      '',
    );
    const field = path || 'body';
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  throw new ApiError(400, 'Invalid arguments', errors);
}
