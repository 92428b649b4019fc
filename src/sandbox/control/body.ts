// Reading control-API bodies: JSON validated with zod, a 400 with a hint on what to send.
import type { z } from 'zod';
import { ApiError } from '../http/errors.ts';

export async function readControlBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  hint: string,
): Promise<z.output<Schema>> {
  const text = await request.text();
  let json: unknown = {};
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'Request body is not valid JSON', [hint]);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      400,
      hint,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
