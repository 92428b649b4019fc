// Query parameters of the read endpoints: required date-times and the optional page/limit pair.
import type { Temporal } from 'temporal-polyfill';
import { parseWireDateTime } from '../time.ts';
import { ApiError, invalidDate } from './errors.ts';

export interface DateRange {
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** `start` and `end`, both required; `Param "start" is required!` echoes the spec's wording. */
export function readDateRange(url: string, names: [string, string] = ['start', 'end']): DateRange {
  const params = new URL(url).searchParams;
  const [startName, endName] = names;
  const [start, end] = names.map((name) => {
    const text = params.get(name);
    if (text === null || text === '') throw new ApiError(400, `Param "${name}" is required!`);
    const instant = parseWireDateTime(text);
    if (!instant) throw invalidDate(name, text);
    return instant;
  }) as [Temporal.Instant, Temporal.Instant];
  if (start.epochMilliseconds > end.epochMilliseconds) {
    throw new ApiError(400, 'Invalid date range', [`${startName} must not be after ${endName}`]);
  }
  return { start, end };
}

export interface PageRequest {
  page: number;
  limit: number;
}

export const defaultPageLimit = 100;
export const maxPageLimit = 100;

/** Pagination is on only when `page` is sent; `limit` then defaults to 100. */
export function readPage(url: string): PageRequest | null {
  const params = new URL(url).searchParams;
  const page = params.get('page');
  if (page === null) return null;
  const limit = params.get('limit');
  return {
    page: positiveInt('page', page, Number.MAX_SAFE_INTEGER),
    limit: limit === null ? defaultPageLimit : positiveInt('limit', limit, maxPageLimit),
  };
}

function positiveInt(name: string, text: string, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new ApiError(400, 'Invalid arguments', [
      `${name}: expected an integer from 1 to ${max}, got "${text}"`,
    ]);
  }
  return value;
}
