/**
 * A static server for the end-to-end tests and the demo: the seed page (where present) and our fixture articles set
 * into Annahar's layout. It listens on 127.0.0.1 only; pages are opened as http://localhost:PORT, which the
 * extension's match pattern covers.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtures, hasSeed, SEED_PAGE } from '../../../src/cli/fixtures';
import { annaharPage } from '../../fixtures/pages/annahar-page';

export interface PageServer {
  /** The page as the extension sees it: `http://localhost:PORT/…`, which its match pattern covers. */
  url(path: string): string;
  /** The same page where the extension does not run (`http://127.0.0.1:PORT/…`): a control to compare against. */
  controlUrl(path: string): string;
  /** Both origins, for telling the test server's requests from anyone else's. */
  origins: string[];
  close(): Promise<void>;
}

/** A page with its own content type or headers (a CSP header, an SVG document). */
export interface ServedPage {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

/** `/seed` serves the seed page; `/article/<fixture id>` a fixture; `extra` adds pages by path. */
export async function startServer(extra: Record<string, string | ServedPage> = {}): Promise<PageServer> {
  const pages = new Map<string, ServedPage>(
    Object.entries(extra).map(([path, p]) => [path, typeof p === 'string' ? { body: p } : p]),
  );
  if (hasSeed) pages.set('/seed', { body: readFileSync(SEED_PAGE, 'utf8') });
  for (const f of fixtures()) pages.set(`/article/${f.id}`, { body: annaharPage(f) });
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    // No favicon, and no console error about a missing one either.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages.get(path);
    res.writeHead(page === undefined ? 404 : 200, {
      'content-type': page?.type ?? 'text/html; charset=utf-8',
      ...page?.headers,
    });
    res.end(page?.body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://localhost:${port}${path}`,
    controlUrl: (path) => `http://127.0.0.1:${port}${path}`,
    origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
