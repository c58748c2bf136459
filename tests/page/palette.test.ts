/**
 * The highlights' palette, checked as a reader sees it: each line colour against white and dark pages (WCAG's 3:1
 * for non-text marks), the page's text over each fill (4.5:1), every pair of kinds told apart by colour under normal
 * vision and simulated protanopia, deuteranopia and tritanopia (CIEDE2000 ≥ 10), organisations unlike a link, a line
 * style of its own for each kind, and the side panel reading the same palette.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../src/core/types';
import { contrast, deltaE2000, deltaE2000Lab, luminance, over, simulate, type Rgb, type Vision } from './colour-vision';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(resolve(ROOT, p), 'utf8');
const PALETTE = read('src/page/highlighter/palette.css');
const HIGHLIGHTS = read('entrypoints/article.content/highlights.css');
const PANEL = read('src/ui/styles.css');

/** `--hamish-<name>: rgb(r g b)` or `rgb(r g b / a)` → colour and opacity. */
function colour(name: string): { rgb: Rgb; alpha: number } {
  const m = PALETTE.match(new RegExp(`--hamish-${name}:\\s*rgb\\((\\d+) (\\d+) (\\d+)(?: / ([\\d.]+))?\\)`));
  if (!m) throw new Error(`palette.css has no --hamish-${name}`);
  return { rgb: [+m[1], +m[2], +m[3]], alpha: m[4] === undefined ? 1 : +m[4] };
}

/** The backgrounds a page may have: white, and the dark themes of news sites and of the side panel. */
const LIGHT: Rgb[] = [
  [255, 255, 255],
  [253, 252, 249],
];
const DARK: Rgb[] = [
  [18, 18, 18],
  [27, 26, 23],
];
/** The text a page sets on each. */
const TEXT_ON_LIGHT: Rgb = [34, 34, 34];
const TEXT_ON_DARK: Rgb = [221, 221, 221];
/** The kinds told apart by colour; a nationality shares its place's colour on purpose and differs by its line. */
const COLOURED: HighlightKind[] = ['person', 'place', 'organization', 'quote', 'vague', 'claims'];
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** Blue links and a visited link's purple, as browsers and news sites draw them. */
const LINKS: Rgb[] = [
  [0, 0, 238],
  [26, 13, 171],
  [6, 69, 173],
  [85, 26, 139],
];

describe('colour-vision (the simulator itself)', () => {
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])('CIEDE2000 of %j and %j is %f (Sharma, Wu and Dalal)', (a, b, want) => {
    expect(deltaE2000Lab(a as unknown as Rgb, b as unknown as Rgb)).toBeCloseTo(want, 3);
  });

  it('keeps greys, and takes red from green for a deuteranope and blue from green for a tritanope', () => {
    for (const v of VISIONS) {
      for (const g of [0, 128, 255]) {
        expect(deltaE2000(simulate([g, g, g], v), [g, g, g])).toBeLessThan(1);
      }
    }
    const red: Rgb = [200, 60, 40];
    const green: Rgb = [90, 130, 40];
    expect(deltaE2000(red, green)).toBeGreaterThan(30);
    expect(deltaE2000(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(10);
    const blue: Rgb = [0, 110, 160];
    const teal: Rgb = [0, 140, 110];
    expect(deltaE2000(simulate(blue, 'tritanopia'), simulate(teal, 'tritanopia'))).toBeLessThan(
      deltaE2000(blue, teal) / 2,
    );
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(over([0, 0, 0], 0.5, [255, 255, 255])).toEqual([127.5, 127.5, 127.5]);
  });
});

describe('page/highlighter/palette.css', () => {
  it.each(HIGHLIGHT_KINDS)('%s: its line keeps 3:1 on light and dark pages', (kind) => {
    const { rgb, alpha } = colour(`${kind}-line`);
    expect(alpha).toBe(1);
    for (const bg of [...LIGHT, ...DARK]) expect(contrast(rgb, bg), `${kind} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it.each(HIGHLIGHT_KINDS)("%s: the page's text keeps 4.5:1 over its fill, light and dark", (kind) => {
    const { rgb, alpha } = colour(`${kind}-fill`);
    for (const bg of LIGHT) expect(contrast(TEXT_ON_LIGHT, over(rgb, alpha, bg))).toBeGreaterThanOrEqual(4.5);
    for (const bg of DARK) expect(contrast(TEXT_ON_DARK, over(rgb, alpha, bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(VISIONS)('every two kinds differ by ΔE2000 ≥ 10 in %s', (vision) => {
    for (const [i, a] of COLOURED.entries()) {
      for (const b of COLOURED.slice(i + 1)) {
        const d = deltaE2000(simulate(colour(`${a}-line`).rgb, vision), simulate(colour(`${b}-line`).rgb, vision));
        expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('gives organisations a colour no one takes for a link', () => {
    const org = colour('organization-line').rgb;
    for (const link of LINKS) expect(deltaE2000(org, link)).toBeGreaterThanOrEqual(30);
  });

  it('draws a nationality in its place’s colour, with a line of its own', () => {
    expect(colour('demonym-line').rgb).toEqual(colour('place-line').rgb);
  });

  it('keeps the page’s text readable under the jump’s flash and its quiet mark', () => {
    const flash = colour('flash-fill');
    // The flash sets its own black text; the quiet mark keeps the page's.
    for (const bg of [...LIGHT, ...DARK])
      expect(contrast([0, 0, 0], over(flash.rgb, flash.alpha, bg))).toBeGreaterThanOrEqual(4.5);
    const mark = colour('jumped-fill');
    for (const bg of LIGHT) expect(contrast(TEXT_ON_LIGHT, over(mark.rgb, mark.alpha, bg))).toBeGreaterThanOrEqual(4.5);
    for (const bg of DARK) expect(contrast(TEXT_ON_DARK, over(mark.rgb, mark.alpha, bg))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('highlights.css and the side panel', () => {
  /** The declarations of one rule, by its selector. */
  const rule = (css: string, selector: string) => {
    const at = css.indexOf(`${selector} {`);
    expect(at, selector).toBeGreaterThanOrEqual(0);
    return css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at)).trim();
  };

  it('gives each kind a line style of its own, the same for custom highlights and the fallback', () => {
    const lines = HIGHLIGHT_KINDS.map((kind) => {
      const body = rule(HIGHLIGHTS, `::highlight(hamish-${kind})`);
      expect(rule(HIGHLIGHTS, `hamish-mark[data-kind='${kind}']`)).toBe(body);
      expect(body).toContain(`var(--hamish-${kind}-line)`);
      expect(body).toContain(`var(--hamish-${kind}-fill)`);
      return body.match(/text-decoration: ((?:under|over)line \w+ \d+px)/)![1];
    });
    expect(new Set(lines).size).toBe(HIGHLIGHT_KINDS.length);
    // Only one kind is dotted: quotes (nationalities were a dotted line too, and the two were confused).
    expect(lines.filter((l) => l.includes('dotted'))).toHaveLength(1);
  });

  it('takes every colour from the palette: no colour of a kind is written twice', () => {
    expect(HIGHLIGHTS).toContain("@import '../../src/page/highlighter/palette.css'");
    expect(PANEL).toContain("@import '../page/highlighter/palette.css'");
    expect(HIGHLIGHTS).not.toMatch(/rgb\(|#[0-9a-f]{3,6}\b/i);
    for (const kind of HIGHLIGHT_KINDS) expect(PANEL).toContain(`var(--hamish-${kind}-line)`);
  });
});
