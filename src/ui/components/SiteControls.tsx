import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { extras } from '../../browser';
import { coveredHost } from '../../page/hosts';
import { originPattern, requestSite, revokeSite } from '../../site-access';
import { updateSettings } from '../../storage/items';
import { t, type UiLang } from '../i18n';

export interface SiteAccess {
  /** The tab's host; undefined until the tab is known, or for a page that is not a web page. */
  host?: string;
  /** The origin pattern a grant for the tab's site asks for. */
  origin?: string;
  /** Whether the reader granted the site; undefined until the browser says. */
  granted?: boolean;
  /** A site the manifest covers: it needs no grant, and the reader cannot withdraw one. */
  builtIn: boolean;
  /** Asks for the site's permission or gives it back, then reloads the tab so the change takes effect. */
  switchSite: () => Promise<void>;
}

/** The tab's site and the reader's grant for it: any site the manifest does not cover is the reader's to switch. */
export function useSiteAccess(tabId: number | undefined): SiteAccess {
  const [tabUrl, setTabUrl] = useState<string>();
  const [granted, setGranted] = useState<boolean>();
  const host = tabUrl ? new URL(tabUrl).hostname : undefined;
  const origin = originPattern(tabUrl);
  useEffect(() => {
    if (tabId === undefined) return;
    void browser.tabs
      .get(tabId)
      .then((tab) => setTabUrl(tab.url))
      .catch(() => undefined);
  }, [tabId]);
  useEffect(() => {
    if (origin)
      void browser.permissions
        .contains({ origins: [origin] })
        .then(setGranted)
        .catch(() => undefined);
  }, [origin]);
  const switchSite = async () => {
    if (granted) await revokeSite(tabUrl);
    else if (!(await requestSite(tabUrl))) return;
    setGranted(!granted);
    if (tabId !== undefined) await browser.tabs.reload(tabId);
  };
  return { host, origin, granted, builtIn: !!host && coveredHost(host), switchSite };
}

/** Chrome's side panel for this window, or Firefox's sidebar. */
async function openPanel(): Promise<void> {
  const { sidePanel, sidebarAction } = extras();
  if (sidePanel) await sidePanel.open({ windowId: (await browser.windows.getCurrent()).id! });
  else await sidebarAction?.open();
}

/** Pauses Hamish on a host or resumes it there; every tab's content script follows the stored setting. */
function setPaused(host: string, pause: boolean): Promise<void> {
  return updateSettings((s) => ({
    ...s,
    pausedSites: pause ? [...s.pausedSites, host] : s.pausedSites.filter((h) => h !== host),
  }));
}

/**
 * Enables Hamish on the tab's site, or turns it off there: only for a site the manifest does not cover, once the
 * browser has said whether it is granted.
 */
export function SiteAccessButton({ lang, site }: { lang: UiLang; site: SiteAccess }) {
  const { origin, granted, builtIn } = site;
  if (!origin || builtIn || granted === undefined) return null;
  return (
    <button type="button" class="site-access" onClick={() => void site.switchSite()}>
      {granted ? t(lang, 'disableSite') : t(lang, 'enableSite')}
    </button>
  );
}

/** The popup's first row: open the side panel, switch Hamish on for this site, pause or resume it here. */
export function SiteControls({ lang, site, paused }: { lang: UiLang; site: SiteAccess; paused: boolean }) {
  const { host, granted, builtIn } = site;
  return (
    <div class="row">
      <button type="button" class="open-panel" onClick={() => void openPanel()}>
        {t(lang, 'openSidePanel')}
      </button>
      <SiteAccessButton lang={lang} site={site} />
      {host && (builtIn || granted) && (
        <button type="button" class="pause" aria-pressed={paused} onClick={() => void setPaused(host, !paused)}>
          {paused ? t(lang, 'resumeSite') : t(lang, 'pauseSite')}
        </button>
      )}
    </div>
  );
}
