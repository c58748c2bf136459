/**
 * The hover card's own style, set as the text of a `<style>` inside its shadow root: the page's rules cannot reach in,
 * and these cannot reach out. Sizes are in pixels, so a page's root font size changes nothing.
 */
export const HOVER_CARD_CSS = `
/* Important in the shadow's own style, it outranks even the page's important rules for our host: nothing of the
 * page is inherited, and the host is a point that takes no room. */
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  inline-size: 0 !important;
  block-size: 0 !important;
}
* { box-sizing: border-box; }
.card, .nav {
  font: 15px/1.5 system-ui, 'Noto Sans Arabic', 'Noto Sans', sans-serif;
  color: #1d1b16;
  background: #fdfcf9;
  border: 1px solid #8f897a;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
}
.card {
  position: fixed;
  z-index: 2147483647;
  inline-size: max-content;
  max-inline-size: min(22rem, calc(100vw - 16px));
  padding: 8px 12px 10px;
  cursor: pointer;
}
.card[hidden], .note[hidden] { display: none; }
.label { margin: 0; font-size: 13px; color: #5b574d; }
.heading { margin: 0 0 2px; font-size: 17px; font-weight: 600; }
.line { margin: 0; }
.note { margin: 6px 0 0; font-size: 14px; color: #5b574d; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-block-start: 8px; }
button {
  font: inherit;
  font-size: 14px;
  color: inherit;
  background: transparent;
  border: 1px solid #8f897a;
  border-radius: 6px;
  padding: 2px 10px;
  cursor: pointer;
}
button.primary { background: #8a3b00; border-color: #8a3b00; color: #fff; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.close { margin-inline-start: auto; }
/* The way in for the keyboard: out of sight until it has focus, then a small bar at the window's bottom. */
.nav {
  position: fixed;
  z-index: 2147483647;
  inset-block-end: 12px;
  inset-inline-start: 12px;
  padding: 6px 12px;
  clip-path: inset(50%);
  opacity: 0;
}
.nav:focus { clip-path: none; opacity: 1; outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card, .nav { color: #f1eee6; background: #24221d; border-color: #6f6a5e; }
  .label, .note { color: #c9c3b5; }
  button { border-color: #6f6a5e; }
  button.primary { background: #ffb37a; border-color: #ffb37a; color: #1b1a17; }
  button:focus-visible, .nav:focus { outline-color: #8ab4f8; }
}
`;
