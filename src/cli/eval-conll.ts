/**
 * `eval-conll FILE [--split dev|heldout|all] [--no-glossary] [--errors FILE]`: entity precision,
 * recall and F1 of the Arabic recogniser on a CoNLL-style corpus, scored the CoNLL way (first token, last token and
 * kind must all match). Each sentence is recognised alone, over its tokens joined with single spaces; a predicted
 * span is widened to the corpus tokens it touches. The last line printed is the result as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { textContext, type Resources } from '../core/analyze';
import { arabicRecognizer } from '../core/entities/arabic';
import { loadGlossary } from '../core/entities/glossary';
import { recognize } from '../core/entities/recognize';
import {
  parseConll,
  sentenceText,
  SPLITS,
  splitSentences,
  tokenRange,
  type ConllSentence,
  type Split,
} from '../core/eval/conll';
import { emptyTallies, scores, SCORED_KINDS, tally, type Scores } from '../core/eval/score';
import { ENTITY_KINDS, type EntityKind } from '../core/types';
import { compileIndex } from '../glossary/compile';
import { flag } from './args';
import { CliError } from './read-article';
import { nodeResources } from './resources';

const USAGE = 'usage: eval-conll FILE [--split dev|heldout|all] [--no-glossary] [--errors FILE]';

/** The entity spans the recogniser finds in one sentence, as corpus token ranges. */
export function predictSentence(
  tokens: string[],
  resources: Resources,
): { first: number; last: number; kind: EntityKind }[] {
  const { text, spans } = sentenceText(tokens);
  const ctx = textContext(text, [{ start: 0, end: text.length }], 'ar', resources.glossary.givenNames);
  const { mentions } = recognize(ctx, resources.glossary, [arabicRecognizer]);
  const out: { first: number; last: number; kind: EntityKind }[] = [];
  for (const m of mentions) {
    if (m.kind === 'demonym') continue;
    const range = tokenRange(spans, m.start, m.end);
    if (range) out.push({ ...range, kind: m.kind });
  }
  return out;
}

/** Scores a list of sentences; `onSentence` sees each comparison (for error listings). */
export function evaluate(
  sentences: ConllSentence[],
  resources: Resources,
  onSentence?: (s: ConllSentence, predicted: { first: number; last: number; kind: string }[]) => void,
): Scores {
  const tallies = emptyTallies();
  for (const s of sentences) {
    const predicted = predictSentence(s.tokens, resources);
    // Token indices serve as offsets: a span is [first, last + 1).
    const asSpan = (e: { first: number; last: number; kind: string }) => ({
      start: e.first,
      end: e.last + 1,
      kind: e.kind,
    });
    tally(tallies, s.entities.map(asSpan), predicted.map(asSpan));
    onSentence?.(s, predicted);
  }
  return scores(tallies);
}

export async function evalConllCommand(args: string[]): Promise<number> {
  const valued = new Set(['--split', '--errors']);
  const file = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));
  if (!file) throw new CliError(USAGE);
  const split = (flag(args, '--split', USAGE) ?? 'all') as Split;
  if (!SPLITS.includes(split)) throw new CliError(`--split must be dev, heldout or all\n${USAGE}`);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let all: ConllSentence[];
  try {
    all = parseConll(source);
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
  const sentences = splitSentences(all, split);

  const glossary = args.includes('--no-glossary') ? loadGlossary(compileIndex([])) : nodeResources().glossary;
  const resources: Resources = { glossary };

  const errors: string[] = [];
  const errorsFile = flag(args, '--errors', USAGE);
  const t0 = performance.now();
  const result = evaluate(sentences, resources, errorsFile ? (s, p) => errors.push(...listErrors(s, p)) : undefined);
  const ms = performance.now() - t0;
  if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n');

  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  console.log(`${file}: split ${split}, ${sentences.length} sentences, ${tokens} tokens; ${ms.toFixed(0)} ms`);
  console.log(
    `${'kind'.padEnd(13)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(6)} ${'fp'.padStart(6)} ${'fn'.padStart(6)}`,
  );
  for (const k of [...SCORED_KINDS, 'micro'] as const) {
    const s = result[k];
    console.log(
      `${k.padEnd(13)} ${[s.p, s.r, s.f1].map((x) => x.toFixed(1).padStart(6)).join(' ')} ${[s.tp, s.fp, s.fn].map((x) => String(x).padStart(6)).join(' ')}`,
    );
  }
  const json = Object.fromEntries(
    ([...ENTITY_KINDS, 'micro'] as const).map((k) => [k, { p: result[k].p, r: result[k].r, f1: result[k].f1 }]),
  );
  console.log(JSON.stringify(json));
  return 0;
}

/** One line per false or missed entity, with the sentence around it: `FP place الشرق [context]`. */
function listErrors(s: ConllSentence, predicted: { first: number; last: number; kind: string }[]): string[] {
  const id = (e: { first: number; last: number; kind: string }) => `${e.first}:${e.last}:${e.kind}`;
  const scored = (e: { kind: string }) => (SCORED_KINDS as readonly string[]).includes(e.kind);
  const gold = new Set(s.entities.filter(scored).map(id));
  const pred = new Set(predicted.filter(scored).map(id));
  const show = (e: { first: number; last: number }) => {
    const before = s.tokens.slice(Math.max(0, e.first - 5), e.first).join(' ');
    const after = s.tokens.slice(e.last + 1, e.last + 4).join(' ');
    return `${s.tokens.slice(e.first, e.last + 1).join(' ')}\t${before} [[${s.tokens.slice(e.first, e.last + 1).join(' ')}]] ${after}`;
  };
  const goldAt = (e: { first: number; last: number }) => s.entities.find((g) => g.first <= e.last && g.last >= e.first);
  const out: string[] = [];
  for (const p of predicted.filter(scored)) {
    if (gold.has(id(p))) continue;
    const g = goldAt(p);
    out.push(
      `FP\t${p.kind}\t${g ? `gold=${g.kind}:${s.tokens.slice(g.first, g.last + 1).join(' ')}` : 'gold=none'}\t${show(p)}`,
    );
  }
  for (const g of s.entities.filter(scored)) if (!pred.has(id(g))) out.push(`FN\t${g.kind}\t${g.label}\t${show(g)}`);
  return out;
}
