import { useMemo, useRef, useState } from 'preact/hooks';
import { rankClaims } from '../../core/claims';
import { anchorOf, claimSpeaker, placeNotes, VERDICTS, type ClaimNote, type Verdict } from '../../core/claims/desk';
import type { Annotations, Claim, Span } from '../../core/types';
import type { PageState } from '../../messaging/protocol';
import { saveNote } from '../../storage/items';
import { archiveLink, exactSearchLink, factCheckLink, useNotes } from '../desk';
import { dirOf, t, type MessageKey, type UiLang } from '../i18n';

/** Message keys allow no hyphen: `to-check` is `verdict_to_check`. */
const verdictKey = (v: Verdict) => `verdict_${v.replace('-', '_')}` as MessageKey;
const reasonKey = (r: string) => `reason_${r.replace('-', '_')}` as MessageKey;

interface ItemProps {
  lang: UiLang;
  a: Annotations;
  claim: Claim;
  note: ClaimNote | undefined;
  current: boolean;
  onPick: () => void;
  onSave: (change: { verdict?: Verdict; note?: string }) => void;
}

/** One claim: its words (a button that shows it in the page), who said it, why it was chosen, its status and note. */
function ClaimItem({ lang, a, claim, note, current, onPick, onSave }: ItemProps) {
  const words = a.text.slice(claim.start, claim.end);
  const speaker = claimSpeaker(a, claim)?.name;
  const verdict = note?.verdict ?? 'to-check';
  const id = `claim-${claim.start}`;
  const link = (href: string, label: string) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="visually-hidden"> {t(lang, 'opensNewTab')}</span>
    </a>
  );
  return (
    <li class={`claim verdict-${verdict}`} aria-current={current ? 'true' : undefined}>
      <button type="button" class="claim-text" lang={a.lang} dir={dirOf(a.lang)} onClick={onPick} data-claim={id}>
        {words}
      </button>
      <div class="claim-meta">
        <bdi class="speaker" lang={a.lang}>
          {speaker ?? t(lang, 'unattributed')}
        </bdi>
        <span class="claim-reasons">
          {claim.reasons.map((r) => t(lang, reasonKey(r))).join(lang === 'ar' ? '، ' : ', ')} · {t(lang, 'score')}{' '}
          {claim.score}
        </span>
      </div>
      <label class="claim-status">
        {t(lang, 'claimStatus')}{' '}
        <select
          value={verdict}
          onChange={(e) => onSave({ verdict: (e.currentTarget as HTMLSelectElement).value as Verdict })}
        >
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(lang, verdictKey(v))}
            </option>
          ))}
        </select>
      </label>
      <label class="claim-note">
        {t(lang, 'claimNote')}
        <textarea
          rows={2}
          value={note?.note ?? ''}
          onChange={(e) => onSave({ note: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <div class="claim-links">
        {link(factCheckLink(words, a.lang), t(lang, 'searchFactChecks'))}
        {link(exactSearchLink(words), t(lang, 'searchQuote'))}
      </div>
    </li>
  );
}

/** The keys of the desk: J and K step through the claims, 1 to 6 set the status of the claim in focus. */
function deskKey(key: string): { step?: 1 | -1; verdict?: Verdict } {
  if (key === 'j' || key === 'J') return { step: 1 };
  if (key === 'k' || key === 'K') return { step: -1 };
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= VERDICTS.length ? { verdict: VERDICTS[n - 1] } : {};
}

interface Props {
  lang: UiLang;
  state: PageState;
  onFocus: (span: Span) => void;
}

/** The fact-checker's desk: the claims, most worth checking first, each with a status and a private note. */
export function ClaimsSection({ lang, state, onFocus }: Props) {
  const a = state.annotations;
  const notes = useNotes(state.url);
  const ranked = useMemo(() => rankClaims(a.claims), [a]);
  const { placed, orphaned } = useMemo(() => placeNotes(a, notes), [a, notes]);
  const [current, setCurrent] = useState(-1);
  const list = useRef<HTMLOListElement>(null);
  const noteOf = (c: Claim) => placed.find((p) => p.span.start === c.start && p.span.end === c.end)?.note;
  const save = (c: Claim, change: { verdict?: Verdict; note?: string }) =>
    void saveNote(state.url, a.title, anchorOf(a, c), change);
  const pick = (i: number) => {
    setCurrent(i);
    onFocus(ranked[i]);
    list.current?.querySelectorAll<HTMLButtonElement>('.claim-text')[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName)) return;
    const { step, verdict } = deskKey(e.key);
    if (step && ranked.length)
      pick(current < 0 ? (step === 1 ? 0 : ranked.length - 1) : (current + step + ranked.length) % ranked.length);
    else if (verdict && current >= 0) save(ranked[current], { verdict });
    else return;
    e.preventDefault();
  };
  const archive = archiveLink(state.url);
  return (
    <section aria-labelledby="claims-h" class="claims-section" onKeyDown={onKeyDown}>
      <h2 id="claims-h">
        {t(lang, 'claims')} <span class="count">{ranked.length}</span>
      </h2>
      <p class="hint">{t(lang, 'claimsHelp')}</p>
      {archive && (
        <p>
          <a href={archive} target="_blank" rel="noopener noreferrer">
            {t(lang, 'archivePage')}
            <span class="visually-hidden"> {t(lang, 'opensNewTab')}</span>
          </a>
        </p>
      )}
      {!ranked.length && <p class="status">{t(lang, 'noClaims')}</p>}
      <ol class="claims" ref={list}>
        {ranked.map((c, i) => (
          <ClaimItem
            key={c.start}
            lang={lang}
            a={a}
            claim={c}
            note={noteOf(c)}
            current={i === current}
            onPick={() => pick(i)}
            onSave={(change) => save(c, change)}
          />
        ))}
      </ol>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-h" class="orphaned">
          <h3 id="orphaned-h">{t(lang, 'orphanedNotes')}</h3>
          <ul>
            {orphaned.map((n) => (
              <li key={`${n.anchor.prefix}|${n.anchor.exact}`}>
                <strong>{t(lang, verdictKey(n.verdict))}</strong>{' '}
                <q lang={a.lang} dir={dirOf(a.lang)}>
                  {n.anchor.exact}
                </q>
                {n.note && <p class="note">{n.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
