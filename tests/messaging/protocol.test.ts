import { describe, expect, it } from 'vitest';
import { isMessage, messageListener } from '../../src/messaging/protocol';

describe('messaging/protocol', () => {
  it.each([
    [{ type: 'getAnnotations' }, true],
    [{ type: 'focusSpan', span: { start: 3, end: 9 } }, true],
    [{ type: 'focusSpan', span: { start: 9, end: 3 } }, false],
    [{ type: 'focusSpan', span: { start: -1, end: 3 } }, false],
    [{ type: 'focusSpan' }, false],
    [{ type: 'annotationsChanged', state: null }, true],
    [{ type: 'annotationsChanged', state: { url: 'https://x' } }, true],
    [{ type: 'annotationsChanged', state: 'x' }, false],
    [{ type: 'prepareAnalysis' }, true],
    [{ type: 'analyzeArticle', article: { title: 'T', paragraphs: ['p'] } }, true],
    [{ type: 'analyzeArticle', article: { title: 'T', paragraphs: ['p'], lang: 'ar', url: 'https://x' } }, true],
    [{ type: 'analyzeArticle', article: { title: 'T', paragraphs: [1] } }, false],
    [{ type: 'analyzeArticle', article: { title: 'T', paragraphs: ['p'], lang: 3 } }, false],
    [{ type: 'analyzeArticle', article: { paragraphs: ['p'] } }, false],
    [{ type: 'analyzeArticle' }, false],
    [{ type: 'getCard', key: 'khalifa-haftar' }, true],
    [{ type: 'getCard', key: '' }, false],
    [{ type: 'getCard', key: 7 }, false],
    [{ type: 'openPanelAt', item: { kind: 'entity', key: 'khalifa-haftar' } }, true],
    [{ type: 'openPanelAt', item: { kind: 'quote', start: 120 } }, true],
    [{ type: 'openPanelAt', item: { kind: 'quote', start: -1 } }, false],
    [{ type: 'openPanelAt', item: { kind: 'entity' } }, false],
    [{ type: 'openPanelAt', item: { kind: 'vague', start: 3 } }, false],
    [{ type: 'openPanelAt' }, false],
    [{ type: 'panelItemWaiting', tabId: 4 }, true],
    [{ type: 'panelItemWaiting', tabId: '4' }, false],
    [{ type: 'takePanelItem', tabId: 4 }, true],
    [{ type: 'takePanelItem' }, false],
    [{ type: 'toString' }, false],
    [{ type: '__proto__' }, false],
    [{ kind: 'getAnnotations' }, false],
    [null, false],
    ['getAnnotations', false],
  ])('validates %j → %s', (msg, ok) => {
    expect(isMessage(msg)).toBe(ok);
  });

  it('answers only this extension, and only messages it has a handler for', async () => {
    const listen = messageListener('me', { getAnnotations: () => null });
    expect(await listen({ type: 'getAnnotations' }, { id: 'me' })).toBeNull();
    expect(listen({ type: 'getAnnotations' }, { id: 'someone-else' })).toBeUndefined();
    expect(listen({ type: 'prepareAnalysis' }, { id: 'me' })).toBeUndefined();
    expect(listen({ type: 'nonsense' }, { id: 'me' })).toBeUndefined();
  });
});
