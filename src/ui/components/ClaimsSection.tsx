import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { rankClaims } from '../../core/claims';
import {
  anchorOf,
  claimReasonKey,
  claimSpeaker,
  placeNotes,
  verdictKey,
  VERDICTS,
  type ClaimNote,
  type Verdict,
} from '../../core/claims/desk';
import type { Annotations, Claim, Span } from '../../core/types';
import type { PageState } from '../../messaging/protocol';
import { saveNote, type Settings } from '../../storage/items';
import { archiveLink, exactSearchLink, factCheckLink, useNotes } from '../desk';
import { useDeskKeys, type DeskKey } from '../desk-keys';
import { dirOf, t, type UiLang } from '../i18n';
import { DeskExports } from './DeskExports';
import { ReviewerForm } from './ReviewerForm';

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
          {claim.reasons.map((r) => t(lang, claimReasonKey(r))).join(lang === 'ar' ? '، ' : ', ')} · {t(lang, 'score')}{' '}
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

/** The keys the view answers to, shown beside it: the reader need not guess them. */
function KeyLegend({ lang }: { lang: UiLang }) {
  return (
    <details class="key-legend">
      <summary>{t(lang, 'deskKeys')}</summary>
      <dl>
        <dt>
          <kbd>J</kbd>
        </dt>
        <dd>{t(lang, 'keyNextClaim')}</dd>
        <dt>
          <kbd>K</kbd>
        </dt>
        <dd>{t(lang, 'keyPreviousClaim')}</dd>
        {VERDICTS.map((v, i) => (
          <Fragment key={v}>
            <dt>
              <kbd>{i + 1}</kbd>
            </dt>
            <dd>{t(lang, verdictKey(v))}</dd>
          </Fragment>
        ))}
      </dl>
      <p class="hint">{t(lang, 'deskKeysHelp')}</p>
    </details>
  );
}

interface Props {
  lang: UiLang;
  state: PageState;
  reviewer: Settings['reviewer'];
  onFocus: (span: Span) => void;
}

/** The fact-checker's desk: the claims, most worth checking first, each with a status and a private note. */
export function ClaimsSection({ lang, state, reviewer, onFocus }: Props) {
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
  // A step from no claim yet starts at the first (or the last, going back) and wraps at either end; a status needs a
  // claim in focus. A key that does nothing here is left to the page.
  useDeskKeys((k: DeskKey) => {
    if ('step' in k) {
      if (!ranked.length) return false;
      const n = ranked.length;
      pick(current < 0 ? (k.step === 1 ? 0 : n - 1) : (current + k.step + n) % n);
    } else if (current >= 0) save(ranked[current], { verdict: k.verdict });
    else return false;
    return true;
  });
  const archive = archiveLink(state.url);
  return (
    <section aria-labelledby="claims-h" class="claims-section">
      <h2 id="claims-h">
        {t(lang, 'claims')} <span class="count">{ranked.length}</span>
      </h2>
      <p class="hint">{t(lang, 'claimsHelp')}</p>
      <KeyLegend lang={lang} />
      <ReviewerForm lang={lang} reviewer={reviewer} />
      <DeskExports lang={lang} state={state} notes={notes} reviewer={reviewer} />
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
