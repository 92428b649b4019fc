// What the server wrote into the page for a signed-in user (see the server's page-bootstrap.ts):
// read once at start, checked like every answer of the API.
import {
  type PageBootstrap,
  pageBootstrapElementId,
  pageBootstrapSchema,
} from '../../shared/api/page-bootstrap.ts';

/** The page's bootstrap, or null when there is none (signed out, `npm run dev`) or it is bad. */
export function readPageBootstrap(doc: Document = document): PageBootstrap | null {
  const element = doc.getElementById(pageBootstrapElementId);
  if (!element?.textContent) return null;
  try {
    const parsed = pageBootstrapSchema.safeParse(JSON.parse(element.textContent));
    if (parsed.success) return parsed.data;
    console.warn('The page bootstrap does not match its schema; asking the server instead');
  } catch {
    console.warn('The page bootstrap is not JSON; asking the server instead');
  }
  return null;
}
