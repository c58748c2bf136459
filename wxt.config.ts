import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { GLOSSARY_ASSETS, MODEL_ASSETS } from './src/glossary/assets';
import { compileCards, compileIndex } from './src/glossary/compile';
import { readEntries } from './src/glossary/load-node';
import { articleHosts } from './src/page/hosts';

/** The icon's sizes, rendered by `npm run icons` (scripts/icons.ts) into public/icon. */
const ICON_SIZES = [16, 32, 48, 96, 128];
const icons = (variant: 'dark' | 'light', sizes = ICON_SIZES) =>
  Object.fromEntries(sizes.map((size) => [size, `icon/${variant}-${size}.png`]));
/** The toolbar's sizes: Firefox swaps in the light drawing on a dark theme (`theme_icons`). */
const TOOLBAR_SIZES = [16, 32];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      browser === 'firefox' ? 'menus' : 'contextMenus',
      ...(manifestVersion === 3 ? ['scripting'] : []),
    ],
    // The product's hosts; a `--mode localhost` build (tests, demo, bench) adds local pages.
    host_permissions: articleHosts(mode),
    // Other news sites, each asked for from the popup at the moment the reader wants it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    icons: icons('dark'),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hamish@hamish.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button opens the side panel; the popup is opened from the button's context menu instead, so the
    // manifest must not make it the button's default.
    // The toolbar's icon is set here, where both manifest versions' actions are at hand (WXT carries no icon over to
    // Firefox's MV2 browser_action).
    'build:manifestGenerated': (wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) {
        if (!action) continue;
        delete action.default_popup;
        action.default_title = '__MSG_actionTitle__';
        action.default_icon = icons('dark', TOOLBAR_SIZES);
        if (wxt.config.browser === 'firefox')
          (action as { theme_icons?: unknown }).theme_icons = TOOLBAR_SIZES.map((size) => ({
            light: `icon/light-${size}.png`,
            dark: `icon/dark-${size}.png`,
            size,
          }));
      }
      if (manifest.sidebar_action) {
        manifest.sidebar_action.default_title = '__MSG_appName__';
        manifest.sidebar_action.default_icon = icons('dark', TOOLBAR_SIZES);
      }
    },
    // The glossary is compiled from its sources at build time: the matcher's index and the cards travel as two files,
    // so the content script never carries the descriptions.
    'build:publicAssets': (_wxt, assets) => {
      const entries = readEntries();
      assets.push({ relativeDest: GLOSSARY_ASSETS.index, contents: JSON.stringify(compileIndex(entries)) });
      assets.push({ relativeDest: GLOSSARY_ASSETS.cards, contents: JSON.stringify(compileCards(entries)) });
      // The tagger's trained models travel as they are, each read by the background when a page first asks for it.
      for (const [lang, dest] of Object.entries(MODEL_ASSETS))
        assets.push({ relativeDest: dest, absoluteSrc: resolve(`src/core/entities/tagger/model-${lang}.bin`) });
    },
  },
});
