/**
 * Draws Hamish's icon and renders it to the PNGs the manifest lists (`npm run icons`): a page of text with a note in
 * its margin (هامش is Arabic for "margin"). Two palettes: `dark` for light toolbars (the default everywhere) and
 * `light` for dark ones (Firefox's `theme_icons`). Drawn in shapes, not type, so every size renders the same on any
 * machine; at 16 px the lines and the margin bar are whole pixels wide.
 *
 * Rendered by the Chromium the end-to-end tests use (playwright-core), to `public/icon/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

interface Palette {
  /** The page. */
  page: string;
  /** The lines of text on it. */
  ink: string;
  /** The note in the margin, and the tick that ties it to its line. */
  note: string;
}

const PALETTES: Record<'dark' | 'light', Palette> = {
  // On light toolbars: the UI's accent brown page edge, dark ink, a saffron note.
  dark: { page: '#8a3b00', ink: '#fdfcf9', note: '#ffc24a' },
  // On dark toolbars: the UI's dark-theme accent, dark ink, a white note.
  light: { page: '#ffb37a', ink: '#1b1a17', note: '#fdfcf9' },
};

/**
 * The icon on a 16-unit grid (one unit is one pixel at 16 px): a rounded page, three lines of text set from the right
 * as Arabic is, and the note in the left margin with a tick to the line it annotates.
 */
export function iconSvg({ page, ink, note }: Palette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">
  <rect x="0.5" y="0.5" width="15" height="15" rx="3" fill="${page}"/>
  <rect x="6" y="3" width="7" height="2" rx="0.5" fill="${ink}"/>
  <rect x="6" y="7" width="7" height="2" rx="0.5" fill="${ink}"/>
  <rect x="8" y="11" width="5" height="2" rx="0.5" fill="${ink}"/>
  <rect x="2" y="3" width="2" height="10" rx="1" fill="${note}"/>
  <rect x="3" y="7" width="3" height="2" fill="${note}"/>
</svg>`;
}

async function main(): Promise<void> {
  const out = resolve(import.meta.dirname, '../public/icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  for (const [variant, palette] of Object.entries(PALETTES)) {
    const svg = iconSvg(palette);
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const scaled = svg.replace('width="16" height="16"', `width="${size}" height="${size}"`);
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${scaled}`);
      writeFileSync(`${out}/${variant}-${size}.png`, await page.screenshot({ omitBackground: true }));
    }
  }
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
