// Says yes the first time a key is seen, then no: a warning that would repeat on every read
// (e.g. a visit's refused video link, on every agenda read) is logged once. Bounded: past
// `limit` keys the oldest are forgotten, so a long run does not grow it for ever.
export function oncePerKey(limit = 10_000) {
  const seen = new Set<string>();
  return (key: string): boolean => {
    if (seen.has(key)) return false;
    if (seen.size >= limit) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    seen.add(key);
    return true;
  };
}
