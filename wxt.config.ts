import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { GLOSSARY_ASSETS, MODEL_ASSETS } from './src/glossary/assets';
import { compileCards, compileIndex } from './src/glossary/compile';
import { readEntries } from './src/glossary/load-node';
import { articleHosts } from './src/page/hosts';

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
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) {
        if (!action) continue;
        delete action.default_popup;
        action.default_title = '__MSG_actionTitle__';
      }
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_appName__';
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
