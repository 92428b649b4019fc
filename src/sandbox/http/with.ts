// The `with` query parameter: the SDK sends one comma-joined key (`%2C`-encoded or raw); repeated
// `with=` and `with[]=` keys are accepted too. Each operation has a closed set of values.
import { ApiError } from './errors.ts';

export type Extensions = ReadonlySet<string>;

/** Reads `with` from a URL and rejects values the operation does not know (clear 400). */
export function readExtensions(url: string, allowed: readonly string[]): Extensions {
  const params = new URL(url).searchParams;
  const values = [...params.getAll('with'), ...params.getAll('with[]')]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0) {
    throw new ApiError(400, 'Invalid arguments', [
      `with: unknown value(s) ${unknown.map((value) => `"${value}"`).join(', ')}; allowed here: ${allowed.join(', ') || 'none'}`,
    ]);
  }
  return new Set(values);
}
