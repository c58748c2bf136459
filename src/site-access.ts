/**
 * News sites beyond Annahar, one at a time and only when the reader asks: the popup requests the site's optional
 * host permission, and the background registers the content script for the origins the reader has granted. The
 * permissions themselves are the record; nothing else is stored.
 */
import { browser } from 'wxt/browser';
import { ARTICLE_HOSTS } from './page/hosts';

const SCRIPT_ID = 'hamish-granted-sites';
const CONTENT = { js: ['content-scripts/article.js'], css: ['content-scripts/article.css'] };

interface Scripting {
  registerContentScripts(
    s: { id: string; matches: string[]; js: string[]; css: string[]; runAt: string; persistAcrossSessions?: boolean }[],
  ): Promise<void>;
  unregisterContentScripts(f?: { ids: string[] }): Promise<void>;
}
interface Mv2ContentScripts {
  register(s: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: string;
  }): Promise<{ unregister(): Promise<void> }>;
}

/** The origin pattern a page's URL asks for, or undefined for pages no content script may run on. */
export function originPattern(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Origins the reader granted beyond the ones the manifest covers. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !ARTICLE_HOSTS.includes(o) && !o.includes('*://*/') && o !== '<all_urls>');
}

let mv2Registration: { unregister(): Promise<void> } | undefined;

/** Registers the content script for every granted origin, replacing an earlier registration. */
export async function syncRegistrations(): Promise<void> {
  const matches = await grantedSites();
  const b = browser as unknown as { scripting?: Scripting; contentScripts?: Mv2ContentScripts };
  if (b.scripting) {
    await b.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    if (matches.length)
      await b.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches, ...CONTENT, runAt: 'document_idle', persistAcrossSessions: true },
      ]);
  } else if (b.contentScripts) {
    await mv2Registration?.unregister();
    mv2Registration = matches.length
      ? await b.contentScripts.register({
          matches,
          js: CONTENT.js.map((file) => ({ file: `/${file}` })),
          css: CONTENT.css.map((file) => ({ file: `/${file}` })),
          runAt: 'document_idle',
        })
      : undefined;
  }
}

/** Asks for the site's permission (from a click in the popup); true where it was granted. */
export async function requestSite(url: string | undefined): Promise<boolean> {
  const origin = originPattern(url);
  return !!origin && (await browser.permissions.request({ origins: [origin] }));
}

export async function revokeSite(url: string | undefined): Promise<void> {
  const origin = originPattern(url);
  if (origin) await browser.permissions.remove({ origins: [origin] });
}
