// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { wrappingPainter } from '../../src/page/highlighter/wrap';

describe('page/highlighter (fallback: wrapping)', () => {
  it('wraps whole ranges across text nodes, and unwraps without a trace', () => {
    document.body.innerHTML = '<p id="p">قال <b>عاصم</b> منير إن</p>';
    const before = document.body.innerHTML;
    const p = document.getElementById('p')!;
    const r = document.createRange();
    r.setStart(p.querySelector('b')!.firstChild!, 0);
    r.setEnd(p.lastChild!, 5);
    const painter = wrappingPainter(document);
    painter.paint('person', [r]);
    const marks = [...document.querySelectorAll('hamish-mark[data-kind=person]')].map((m) => m.textContent);
    expect(marks.join('')).toBe('عاصم منير');
    expect(p.textContent).toBe('قال عاصم منير إن');
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(3);
  });

  it('repaints a kind without leaving old marks behind', () => {
    document.body.innerHTML = '<p id="p">بيروت وصيدا</p>';
    const t = document.getElementById('p')!.firstChild!;
    const range = (s: number, e: number) => {
      const r = document.createRange();
      r.setStart(t, s);
      r.setEnd(t, e);
      return r;
    };
    const painter = wrappingPainter(document);
    painter.paint('place', [range(0, 5)]);
    painter.paint('place', []);
    expect(document.querySelectorAll('hamish-mark').length).toBe(0);
    expect(document.getElementById('p')!.textContent).toBe('بيروت وصيدا');
  });
});
