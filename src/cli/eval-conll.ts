/**
 * `eval-conll FILE [--split …] [--unseen-by FILE] [--lang ar|en] [--only glossary,rules,tagger] [--no-glossary]
 * [--errors FILE] [--documents N]`:
 * entity precision, recall and F1 of the recogniser on a CoNLL-style corpus, scored the CoNLL way (first token, last
 * token and kind must all match). Each sentence is recognised alone, over its tokens joined with single spaces, or
 * with `--documents N` every N consecutive sentences as one article of N paragraphs (ANERcorp is contiguous articles
 * with no boundaries marked, so N sentences stand for an article); a predicted span is widened to the corpus tokens it touches. `--unseen-by` keeps only the sentences that share no five
 * words with any of another corpus's (NewsFANE's sentences that are not ANERcorp's, which no model trained on). The
 * language is the file's script unless `--lang` says; `--only` measures some parts of the recogniser without the others (the rules are the Arabic rules or compromise and
 * its rules; the tagger is measured wherever a model is present, wired in by default or not). The last line printed
 * is the result as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { textContext, type Resources } from '../core/analyze';
import { arabicRecognizer } from '../core/entities/arabic';
import type { Recognizer } from '../core/entities/context';
import { loadGlossary, type Glossary } from '../core/entities/glossary';
import { recognize } from '../core/entities/recognize';
import {
  overlapping,
  parseConll,
  sentenceText,
  SPLITS,
  splitSentences,
  tokenRange,
  type ConllSentence,
  type Split,
} from '../core/eval/conll';
import { emptyTallies, scores, SCORED_KINDS, tally, type Scores } from '../core/eval/score';
import { fold } from '../core/text/normalize';
import { isMostlyArabic } from '../core/text/tokens';
import { ENTITY_KINDS, type EntityKind, type Lang } from '../core/types';
import { compileIndex } from '../glossary/compile';
import { flag } from './args';
import { CliError } from './read-article';
import { nodeParts, nodeResources } from './resources';

const USAGE =
  'usage: eval-conll FILE [--split dev|heldout|all|first90|last10] [--lang ar|en] [--only glossary,rules,tagger] ' +
  '[--no-glossary] [--errors FILE] [--unseen-by FILE] [--documents N]';

const PARTS = ['glossary', 'rules', 'tagger'] as const;
export type Part = (typeof PARTS)[number];

/** A span the recogniser found, as corpus token indices of its sentence. */
type Predicted = { first: number; last: number; kind: EntityKind };

/**
 * The entity spans the recogniser finds in one sentence, as corpus token ranges: the glossary, the language's built-in
 * rules (Arabic) and the resources' recognisers, as `analyze` runs them.
 */
export function predictSentence(
  tokens: string[],
  resources: Resources,
  lang: Lang = 'ar',
  builtIn = true,
): Predicted[] {
  return predictDocument([tokens], resources, lang, builtIn)[0];
}

/**
 * The entity spans in consecutive sentences read as one article, each sentence a block (as a page's paragraphs are):
 * what the passes that read a whole article (a name found once, found again) do on newswire. Per sentence, in order.
 */
export function predictDocument(
  sentences: string[][],
  resources: Resources,
  lang: Lang = 'ar',
  builtIn = true,
): Predicted[][] {
  const parts = sentences.map((tokens) => sentenceText(tokens));
  const blocks: { start: number; end: number }[] = [];
  let at = 0;
  for (const { text } of parts) {
    blocks.push({ start: at, end: at + text.length });
    at += text.length + 2;
  }
  const text = parts.map((p) => p.text).join('\n\n');
  const ctx = textContext(text, blocks, lang, resources.glossary.givenNames);
  const recognizers = [
    ...(builtIn && lang === 'ar' ? [arabicRecognizer] : []),
    ...(resources.recognizers?.[lang] ?? []),
  ];
  const { mentions } = recognize(ctx, resources.glossary, recognizers);
  const out: Predicted[][] = sentences.map(() => []);
  for (const m of mentions) {
    if (m.kind === 'demonym') continue;
    const b = blocks.findIndex((block) => m.start >= block.start && m.end <= block.end);
    if (b < 0) continue;
    const range = tokenRange(parts[b].spans, m.start - blocks[b].start, m.end - blocks[b].start);
    if (range) out[b].push({ ...range, kind: m.kind });
  }
  return out;
}

/**
 * Scores a list of sentences, each alone or, with `documentSize`, that many consecutive sentences read as one article;
 * `onSentence` sees each comparison (for error listings).
 */
export function evaluate(
  sentences: ConllSentence[],
  resources: Resources,
  onSentence?: (s: ConllSentence, predicted: Predicted[]) => void,
  lang: Lang = 'ar',
  builtIn = true,
  documentSize = 1,
): Scores {
  const tallies = emptyTallies();
  for (let d = 0; d < sentences.length; d += documentSize) {
    const document = sentences.slice(d, d + documentSize);
    const predicted = predictDocument(
      document.map((s) => s.tokens),
      resources,
      lang,
      builtIn,
    );
    document.forEach((s, i) => {
      // Token indices serve as offsets: a span is [first, last + 1).
      const asSpan = (e: { first: number; last: number; kind: string }) => ({
        start: e.first,
        end: e.last + 1,
        kind: e.kind,
      });
      tally(tallies, s.entities.map(asSpan), predicted[i].map(asSpan));
      onSentence?.(s, predicted[i]);
    });
  }
  return scores(tallies);
}

/** The sentences sharing no five words with any sentence of `file`, or all of them where no file is given. */
function unseenBy(sentences: ConllSentence[], file: string | undefined): ConllSentence[] {
  if (!file) return sentences;
  let reference: ConllSentence[];
  try {
    reference = parseConll(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(`--unseen-by ${file}: ${(e as Error).message}`);
  }
  const seen = overlapping(sentences, reference, 5, fold);
  return sentences.filter((s) => !seen.has(s));
}

export async function evalConllCommand(args: string[]): Promise<number> {
  const valued = new Set(['--split', '--errors', '--unseen-by', '--lang', '--only', '--documents']);
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
  const sentences = unseenBy(splitSentences(all, split), flag(args, '--unseen-by', USAGE));
  const lang = (flag(args, '--lang', USAGE) ??
    (isMostlyArabic(
      sentences
        .slice(0, 50)
        .flatMap((s) => s.tokens)
        .join(' '),
    )
      ? 'ar'
      : 'en')) as Lang;
  if (lang !== 'ar' && lang !== 'en') throw new CliError(`--lang must be ar or en\n${USAGE}`);
  const only = flag(args, '--only', USAGE);
  const parts = new Set((only ?? PARTS.join(',')).split(',') as Part[]);
  for (const p of parts)
    if (!PARTS.includes(p)) throw new CliError(`--only: ${p} is not glossary, rules or tagger\n${USAGE}`);
  const resources = only ? partsResources(parts, lang) : { ...nodeResources() };
  if (args.includes('--no-glossary')) resources.glossary = loadGlossary(compileIndex([]));

  const errors: string[] = [];
  const errorsFile = flag(args, '--errors', USAGE);
  const t0 = performance.now();
  const onSentence = errorsFile
    ? (s: ConllSentence, p: { first: number; last: number; kind: string }[]) => errors.push(...listErrors(s, p))
    : undefined;
  const documentSize = Number(flag(args, '--documents', USAGE) ?? 1);
  if (!Number.isInteger(documentSize) || documentSize < 1)
    throw new CliError(`--documents must be a whole number of sentences\n${USAGE}`);
  const result = evaluate(sentences, resources, onSentence, lang, !only || parts.has('rules'), documentSize);
  const ms = performance.now() - t0;
  if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n');

  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const what = only ? [...parts].join('+') : 'as wired';
  const read = documentSize > 1 ? `read ${documentSize} sentences at a time` : 'each sentence alone';
  console.log(
    `${file}: split ${split}, ${lang}, ${what}, ${read}, ${sentences.length} sentences, ${tokens} tokens; ${ms.toFixed(0)} ms`,
  );
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

/**
 * Resources with only some parts of the recogniser. Without the glossary's names the rules keep its given names, a
 * lexicon of their own that only travels with it; the tagger keeps the glossary behind its features either way.
 */
function partsResources(parts: ReadonlySet<Part>, lang: Lang): Resources {
  const all = nodeParts();
  const glossary: Glossary = parts.has('glossary')
    ? all.glossary
    : { ...loadGlossary(compileIndex([])), givenNames: all.glossary.givenNames };
  const recognizers: Recognizer[] = [];
  if (parts.has('rules') && lang === 'en') recognizers.push(all.english);
  if (parts.has('tagger')) {
    const tagger = all.taggers[lang];
    if (!tagger) throw new CliError(`no ${lang} tagger model: run npm run train -- --lang ${lang}`);
    recognizers.push(tagger);
  }
  return { glossary, recognizers: { [lang]: recognizers } };
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
