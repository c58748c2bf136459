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
  url(path: string): string;
  close(): Promise<void>;
}

/** `/seed` serves the seed page; `/article/<fixture id>` a fixture; `extra` adds pages by path. */
export async function startServer(extra: Record<string, string> = {}): Promise<PageServer> {
  const pages = new Map<string, string>(Object.entries(extra));
  if (hasSeed) pages.set('/seed', readFileSync(SEED_PAGE, 'utf8'));
  for (const f of fixtures()) pages.set(`/article/${f.id}`, annaharPage(f));
  const server: Server = createServer((req, res) => {
    const body = pages.get((req.url ?? '/').split('?')[0]);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://localhost:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
