/**
 * The article's claims, verdicts and notes as Markdown, for a notes app: the headline and where it appeared, then
 * each claim from the most worth checking down with its speaker, its reasons, the desk's verdict and note, then the
 * notes whose words the page no longer shows. Labels in the article's language; page text and notes are escaped, so
 * nothing in them turns into a link, an image or markup.
 */
import { rankClaims } from '../claims';
import { claimSpeaker, placeNotes, VERDICT_NAMES, type ClaimNote } from '../claims/desk';
import type { Annotations, Claim, ClaimReason, Lang } from '../types';
import type { ExportSource } from './index';

const LABELS: Record<Lang, Record<'claims' | 'unattributed' | 'score' | 'note' | 'orphaned' | 'noted', string>> = {
  ar: {
    claims: 'ادعاءات للتحقق',
    unattributed: 'غير منسوب',
    score: 'الدرجة',
    note: 'ملاحظة',
    orphaned: 'ملاحظات لم يعد نصها في الصفحة',
    noted: 'جمل أخرى عليها ملاحظات',
  },
  en: {
    claims: 'Claims to check',
    unattributed: 'unattributed',
    score: 'score',
    note: 'Note',
    orphaned: 'Notes whose words the page no longer shows',
    noted: 'Other sentences with notes',
  },
};

/** Each reason as the export names it. */
export const REASON_NAMES: Record<ClaimReason, { ar: string; en: string }> = {
  figure: { ar: 'رقم', en: 'figure' },
  percentage: { ar: 'نسبة مئوية', en: 'percentage' },
  money: { ar: 'مبلغ أو سعر', en: 'sum or price' },
  date: { ar: 'تاريخ', en: 'date' },
  comparison: { ar: 'مقارنة', en: 'comparison' },
  change: { ar: 'تغيّر', en: 'change' },
  cause: { ar: 'سبب ونتيجة', en: 'cause and effect' },
  'vague-source': { ar: 'مصادر غير مسماة', en: 'unnamed sources' },
  attributed: { ar: 'منسوب إلى متحدث', en: 'attributed' },
  opinion: { ar: 'رأي', en: 'opinion' },
  future: { ar: 'توقع', en: 'forecast' },
};

/** Backslashes every character Markdown could read as markup. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>|~#!()]/g, (c) => `\\${c}`);

/** A note's text inside a list item: escaped, its lines kept inside the item. */
const noteLines = (s: string) => escapeMarkdown(s).replace(/\r?\n/g, '\n   ');

export function toMarkdown(a: Annotations, notes: ClaimNote[], source: ExportSource): string {
  const L = LABELS[a.lang];
  const { placed, orphaned } = placeNotes(a, notes);
  const noteAt = (c: Claim) => placed.find((p) => p.span.start === c.start && p.span.end === c.end)?.note;
  const out = [`# ${escapeMarkdown(a.title)}`, ''];
  const where = [source.site, source.url, source.published].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (where.length) out.push(where.join(' · '), '');
  out.push(`## ${L.claims}`, '');
  rankClaims(a.claims).forEach((c, i) => {
    const note = noteAt(c);
    const speaker = claimSpeaker(a, c)?.name ?? L.unattributed;
    const reasons = c.reasons.map((r) => REASON_NAMES[r][a.lang]).join(a.lang === 'ar' ? '، ' : ', ');
    const verdict = VERDICT_NAMES[note?.verdict ?? 'to-check'][a.lang];
    out.push(`${i + 1}. **${verdict}** — ${escapeMarkdown(speaker)} — ${reasons} (${L.score} ${c.score})`);
    out.push(`   > ${escapeMarkdown(a.text.slice(c.start, c.end))}`);
    if (note?.note) out.push('', `   ${L.note}: ${noteLines(note.note)}`);
    out.push('');
  });
  const loose = placed.filter((p) => !p.claim).map((p) => p.note);
  for (const [title, list] of [
    [L.noted, loose],
    [L.orphaned, orphaned],
  ] as const) {
    if (!list.length) continue;
    out.push(`## ${title}`, '');
    for (const n of list) {
      out.push(`- **${VERDICT_NAMES[n.verdict][a.lang]}** — ${escapeMarkdown(n.anchor.exact)}`);
      if (n.note) out.push(`  ${L.note}: ${noteLines(n.note).replace(/\n {3}/g, '\n  ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
