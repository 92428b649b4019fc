// A video link goes into an href only when it is a web address we trust: `https:` always,
// `http:` only when the deployment allows it (the local sandbox). Anything else — `javascript:`,
// `data:`, garbage — is refused, so it can never run in the doctor's browser.

export type VideoLink = { kind: 'link'; href: string } | { kind: 'unavailable'; reason: string };

export function toVideoLink(
  raw: string | null | undefined,
  options: { allowHttp: boolean },
): VideoLink | null {
  if (raw == null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { kind: 'unavailable', reason: 'not a valid URL' };
  }
  if (url.protocol === 'https:') return { kind: 'link', href: url.href };
  if (url.protocol === 'http:' && options.allowHttp) return { kind: 'link', href: url.href };
  return { kind: 'unavailable', reason: `scheme ${url.protocol} is not allowed` };
}
