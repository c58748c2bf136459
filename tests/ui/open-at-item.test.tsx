// @vitest-environment happy-dom
/** The side panel opened at an item from the page's hover card: the card or the quote scrolled to, and focused. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { QuoteList } from '../../src/ui/components/QuoteList';
import { showPanelItem } from '../../src/ui/open-at-item';
import { STATE } from './fixtures';

describe('ui/open-at-item', () => {
  it("focuses an entity's card and a quote the panel shows, and says where it shows neither", () => {
    fakeBrowser.reset();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(
      <>
        <ul>
          <li class="card" data-key="nabih-berri">
            <button type="button">نبيه بري</button>
          </li>
        </ul>
        <QuoteList lang="en" state={STATE} cards={{}} onFocus={() => undefined} />
      </>,
      root,
    );
    expect(showPanelItem({ kind: 'entity', key: 'nabih-berri' })).toBe(true);
    expect(document.activeElement?.textContent).toBe('نبيه بري');
    const quote = STATE.annotations.quotes[1];
    expect(showPanelItem({ kind: 'quote', start: quote.start })).toBe(true);
    expect(document.activeElement?.textContent).toBe(quote.text);
    expect(showPanelItem({ kind: 'entity', key: 'nobody' })).toBe(false);
  });
});
