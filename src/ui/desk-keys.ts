/**
 * The desk's keys, heard from anywhere in the side panel while the Claims view is shown: J and K step through the
 * claims, 1 to 6 set the status of the claim in focus. A key typed into a text field (or chosen in a list, or with a
 * modifier, which belongs to the browser) is left alone: the reader is writing, not stepping.
 */
import { useEffect, useRef } from 'preact/hooks';
import { VERDICTS, type Verdict } from '../core/claims/desk';

export type DeskKey = { step: 1 | -1 } | { verdict: Verdict };

/** What a key does at the desk, if anything. */
export function deskKey(key: string): DeskKey | undefined {
  if (key === 'j' || key === 'J') return { step: 1 };
  if (key === 'k' || key === 'K') return { step: -1 };
  const n = /^[1-9]$/.test(key) ? Number(key) : 0;
  return n >= 1 && n <= VERDICTS.length ? { verdict: VERDICTS[n - 1] } : undefined;
}

/** Whether a key pressed on `target` is the reader writing or choosing: into a field, a list or editable text. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(TEXTAREA|INPUT|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/**
 * Listens on the whole panel's document while mounted; `onKey` is read fresh on each key, so it sees the current
 * claim without the listener being added and removed at every render.
 */
export function useDeskKeys(onKey: (k: DeskKey) => boolean): void {
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    const listen = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const k = deskKey(e.key);
      if (k && handler.current(k)) e.preventDefault();
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, []);
}
