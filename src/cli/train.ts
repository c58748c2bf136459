/**
 * `npm run train -- [--lang ar|en] [--epochs N] [--without FAMILY,…] [--with wikipedia[:W],newsfane[:W]|newsfane-names,wikigold-names] [--min-weight W]
 * [--clusters K] [--seed N] [--document N [--folds K]] [--no-write]`: trains the tagger on the shared corpora and writes `src/core/entities/tagger/model-<lang>.bin`.
 *
 * Arabic trains on the first 90% of ANERcorp's train split (in sentence order) and develops on the last 10%; NewsFANE
 * is the same newswire relabelled, so its sentences that share five words with any of ANERcorp's are dropped and the
 * rest is a second development set, never trained on. English trains on UNER EWT's and GUM's train splits and
 * wikigold, and develops on the two dev splits. No test split is read. Every figure printed is the CoNLL way, against
 * the corpus's own tokens: the tagger's names on the core's tokens are widened to the corpus tokens they touch, as
 * `eval-conll` does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { textContext } from '../core/analyze';
import type { TextContext } from '../core/entities/context';
import { loadGlossary, type Glossary } from '../core/entities/glossary';
import {
  ALL_FAMILIES,
  extractFeatures,
  FAMILY,
  glossaryMarks,
  NAME_BITS,
  NAME_MOSTLY,
  nameKey,
  nlpTagsOf,
  stemOf,
  type Features,
} from '../core/entities/tagger/features';
import { documentBits } from '../core/entities/tagger/article-reading';
import { decodeModel, encodeModel, type TaggerModel } from '../core/entities/tagger/model';
import { Perceptron, type RowSentence } from '../core/entities/tagger/perceptron';
import { spanTagger } from '../core/entities/tagger/recognizer';
import { namesOf, tagsOf } from '../core/entities/tagger/tags';
import {
  overlapping,
  parseConll,
  sentenceText,
  splitSentences,
  tokenRange,
  type ConllSentence,
} from '../core/eval/conll';
import { emptyTallies, scores, SCORED_KINDS, tally, type Scores } from '../core/eval/score';
import { fold, toRaw } from '../core/text/normalize';
import type { EntityKind, Lang } from '../core/types';
import { compileIndex } from '../glossary/compile';
import { readEntries } from '../glossary/load-node';
import { flag } from './args';
import { CLUSTER_DEFAULTS, wordClusters } from './clusters';
import { CliError } from './read-article';

const USAGE =
  'usage: train [--lang ar|en] [--epochs N] [--without FAMILY,…] [--with wikipedia[:W],newsfane[:W]|newsfane-names,wikigold-names] [--min-weight W] [--clusters K] [--seed N] [--document N [--folds K]] [--no-write]';
export const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');
export const MODEL_DIR = resolve(import.meta.dirname, '../core/entities/tagger');
/**
 * The shuffling's seed. Other orders (`--seed N`) move the development figures by up to a point and a half, so a
 * change is judged over several (the model card's third round).
 */
const SEED = 20240607;

/** A corpus sentence as the tagger sees it: the core's tokens, their features, and the gold tags on them. */
interface Example {
  sentence: ConllSentence;
  ctx: TextContext;
  spans: { start: number; end: number }[];
  marks?: (number[] | undefined)[];
  nlpTags?: number[];
  features: Features;
  gold: Uint8Array;
  weight?: number;
}

interface DataSets {
  train: ConllSentence[];
  /** Training sentences that count for less than ANERcorp's, and how much. */
  weights: Map<ConllSentence, number>;
  dev: { name: string; sentences: ConllSentence[] }[];
  /** Corpora the model is not trained on, whose names make its name list. */
  names: ConllSentence[];
  files: string[];
}

const read = (file: string) => parseConll(readFileSync(resolve(CORPORA, file), 'utf8'), { repair: true });

function arabicData(extra: string[]): DataSets {
  const anercorp = read('ar-ner/anercorp-camel-train.txt');
  const newsfane = read('ar-ner/newsfane-gold-2014.filtered.txt');
  const seen = overlapping(newsfane, anercorp, 5, fold);
  const files = ['ar-ner/anercorp-camel-train.txt', 'ar-ner/newsfane-gold-2014.filtered.txt'];
  const train = splitSentences(anercorp, 'first90');
  const wikipedia = ['ar-ner/wikifane-gold-2014.txt', 'ar-ner/aqmar-wikipedia.txt'];
  files.push(...wikipedia);
  // Wikipedia's names tagged as training data cost newswire F1 (other conventions, other topics); as a name list
  // they only say which words are names.
  // `--with wikipedia:W` trains on them too, each mistake moving the weights W as far as a newswire one.
  const names = wikipedia.flatMap(read);
  const weights = new Map<ConllSentence, number>();
  const wiki = extra.find((e) => e.startsWith('wikipedia'));
  if (wiki) {
    train.push(...names);
    for (const s of names) weights.set(s, Number(wiki.split(':')[1] ?? 1));
  }
  // `--with newsfane[:W]` trains on NewsFANE's sentences that may be trained on, each mistake weighted W;
  // `--with newsfane-names` lists their names instead.
  const news = extra.find((e) => e.startsWith('newsfane'));
  const more = news ? newsfaneTraining(anercorp, newsfane) : [];
  if (news === 'newsfane-names') names.push(...more);
  else if (news) {
    train.push(...more);
    for (const s of more) weights.set(s, Number(news.split(':')[1] ?? 1));
  }
  return {
    names: wiki === 'wikipedia' ? [] : names,
    weights,
    train,
    dev: [
      { name: 'ANERcorp last 10%', sentences: splitSentences(anercorp, 'last10') },
      { name: 'NewsFANE unseen', sentences: newsfane.filter((s) => !seen.has(s)) },
    ],
    files,
  };
}

/**
 * NewsFANE's sentences that may be trained on: those sharing five words with ANERcorp's training part and none with
 * its development part, nor with any sentence `eval` keeps as unseen (it reads the file unrepaired, so the repaired
 * reading here could draw a sentence's edges otherwise).
 */
function newsfaneTraining(anercorp: ConllSentence[], newsfane: ConllSentence[]): ConllSentence[] {
  const raw = parseConll(readFileSync(resolve(CORPORA, 'ar-ner/newsfane-gold-2014.filtered.txt'), 'utf8'));
  const seenRaw = overlapping(raw, anercorp, 5, fold);
  const unseen = raw.filter((s) => !seenRaw.has(s));
  const fromTrain = overlapping(newsfane, splitSentences(anercorp, 'first90'), 5, fold);
  const fromDev = overlapping(newsfane, splitSentences(anercorp, 'last10'), 5, fold);
  const nearUnseen = overlapping(newsfane, unseen, 5, fold);
  return newsfane.filter((s) => fromTrain.has(s) && !fromDev.has(s) && !nearUnseen.has(s));
}

function englishData(extra: string[]): DataSets {
  const trainFiles = ['en-ner/uner_en_ewt_train.txt', 'en-ner/gum_open_train.txt'];
  const devFiles = ['en-ner/uner_en_ewt_dev.txt', 'en-ner/gum_open_dev.txt'];
  // `--with wikigold-names`: wikigold makes the name list instead of training data, as Wikipedia does for Arabic.
  const wikigold = read('en-ner/wikigold.txt');
  const asNames = extra.includes('wikigold-names');
  return {
    train: [...trainFiles.flatMap(read), ...(asNames ? [] : wikigold)],
    dev: devFiles.map((f) => ({ name: f.slice(7, -4), sentences: read(f) })),
    weights: new Map(),
    names: asNames ? wikigold : [],
    files: [...trainFiles, 'en-ner/wikigold.txt', ...devFiles],
  };
}

/** The core tokens a corpus name covers: every token whose raw text overlaps the name's corpus tokens. */
function project(s: ConllSentence, spans: { start: number; end: number }[], ctx: TextContext) {
  const out: { first: number; last: number; kind: EntityKind }[] = [];
  for (const e of s.entities) {
    if (!(SCORED_KINDS as readonly string[]).includes(e.kind)) continue;
    const start = spans[e.first].start;
    const end = spans[e.last].end;
    let first = -1;
    let last = -1;
    ctx.tokens.forEach((t, i) => {
      const raw = toRaw(ctx.norm, t.start, t.end);
      if (raw.end > start && raw.start < end && !out.some((o) => o.last >= i)) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first >= 0) out.push({ first, last, kind: e.kind as EntityKind });
  }
  return out;
}

/** The stems of each sentence, as the features see them. */
function stemSentences(sentences: ConllSentence[], lang: Lang, glossary: Glossary): string[][] {
  return sentences.map((sentence) => {
    const { text } = sentenceText(sentence.tokens);
    const ctx = textContext(text, [{ start: 0, end: text.length }], lang, glossary.givenNames);
    return ctx.tokens.map(stemOf);
  });
}

/**
 * The word clusters (`clusters.ts`) of the text the model may read without labels: the training sentences and the
 * name list's, never a development sentence.
 */
function clusterTable(data: DataSets, lang: Lang, glossary: Glossary, k: number): Map<number, number> {
  const t0 = performance.now();
  const stems = stemSentences([...data.train, ...data.names], lang, glossary);
  const clusters = wordClusters(stems, { ...CLUSTER_DEFAULTS, k });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${clusters.size} stems in ${k} clusters from ${stems.length} sentences, ${secs} s`);
  return new Map([...clusters].map(([stem, c]) => [nameKey(stem), c]));
}

/**
 * The name list: each stem (each lowercase word in English) with the kinds of name it was seen in at least twice and
 * in at least 30% of its uses, and whether it is mostly (70%) a name.
 */
function nameList(sentences: ConllSentence[], lang: Lang, glossary: Glossary): Map<number, number> {
  const seen = new Map<string, { all: number; person: number; place: number; organization: number }>();
  for (const sentence of sentences) {
    const { text, spans } = sentenceText(sentence.tokens);
    const ctx = textContext(text, [{ start: 0, end: text.length }], lang, glossary.givenNames);
    const kinds = new Array<EntityKind | undefined>(ctx.tokens.length);
    for (const e of project(sentence, spans, ctx)) kinds.fill(e.kind, e.first, e.last + 1);
    ctx.tokens.forEach((t, i) => {
      const stem = stemOf(t);
      let c = seen.get(stem);
      if (!c) seen.set(stem, (c = { all: 0, person: 0, place: 0, organization: 0 }));
      c.all++;
      if (kinds[i]) c[kinds[i]]++;
    });
  }
  const list = new Map<number, number>();
  for (const [stem, c] of seen) {
    let bits = 0;
    for (const k of SCORED_KINDS) if (c[k] >= 2 && c[k] >= 0.3 * c.all) bits |= NAME_BITS[k];
    if (bits && c.person + c.place + c.organization >= 0.7 * c.all) bits |= NAME_MOSTLY;
    if (bits && stem.length >= 2) list.set(nameKey(stem), bits);
  }
  return list;
}

interface Lists {
  names: ReadonlyMap<number, number>;
  clusters: ReadonlyMap<number, number>;
}

/** A sentence as the tagger's features read it, alone: one block of its own text. */
const inputOf = (ex: Omit<Example, 'features' | 'gold'>, givenNames: ReadonlySet<string>, lists: Lists) => ({
  text: ex.ctx.norm.text,
  tokens: ex.ctx.tokens,
  first: 0,
  last: ex.ctx.tokens.length - 1,
  marks: ex.marks,
  nlpTags: ex.nlpTags,
  givenNames,
  ...lists,
});

function prepare(
  sentences: ConllSentence[],
  lang: Lang,
  glossary: Glossary,
  families: number,
  lists: Lists,
): Example[] {
  const out: Example[] = [];
  for (const sentence of sentences) {
    const { text, spans } = sentenceText(sentence.tokens);
    const ctx = textContext(text, [{ start: 0, end: text.length }], lang, glossary.givenNames);
    if (!ctx.tokens.length) continue;
    const marks = families & FAMILY.glossary ? glossaryMarks(glossary, ctx.norm.text, ctx.tokens) : undefined;
    // English reads compromise's tags, as the tagger does when it is given compromise.
    const nlpTags = lang === 'en' ? nlpTagsOf(nlp, ctx) : undefined;
    const features = extractFeatures(
      inputOf({ sentence, ctx, spans, marks, nlpTags }, glossary.givenNames, lists),
      families,
    );
    const gold = tagsOf(ctx.tokens.length, project(sentence, spans, ctx));
    out.push({ sentence, ctx, spans, marks, nlpTags, features, gold });
  }
  return out;
}

/** Scores tag sequences on the core's tokens against the corpus's own names. */
function score(examples: Example[], tagsFor: (ex: Example) => { first: number; last: number; kind: EntityKind }[]) {
  const t = emptyTallies();
  for (const ex of examples) {
    const predicted = [];
    for (const name of tagsFor(ex)) {
      const raw = toRaw(ex.ctx.norm, ex.ctx.tokens[name.first].start, ex.ctx.tokens[name.last].end);
      const range = tokenRange(ex.spans, raw.start, raw.end);
      if (range) predicted.push({ start: range.first, end: range.last + 1, kind: name.kind });
    }
    const gold = ex.sentence.entities.map((e) => ({ start: e.first, end: e.last + 1, kind: e.kind }));
    tally(t, gold, predicted);
  }
  return scores(t);
}

export const scoreLine = (s: Scores) =>
  [...SCORED_KINDS, 'micro' as const]
    .map((k) => `${k.slice(0, 5)} ${[s[k].p, s[k].r, s[k].f1].map((x) => x.toFixed(1).padStart(5)).join('/')}`)
    .join('  ');

/** A small fixed-seed generator (mulberry32), so every run shuffles the same way. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Features seen fewer than twice in training are noise the model would have to store: they get no row. */
function frequent(examples: Example[]): (key: number) => boolean {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const k of ex.features.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return (key) => (counts.get(key) ?? 0) >= 2;
}

function train(
  examples: Example[],
  dev: { name: string; examples: Example[] }[],
  epochs: number,
  seed: number,
): Perceptron {
  const model = new Perceptron();
  const keep = frequent(examples);
  const rows: RowSentence[] = examples.map((ex) => ({
    offsets: ex.features.offsets,
    rows: model.rowsOf(ex.features.keys, keep),
    gold: ex.gold,
    weight: ex.weight,
  }));
  // Every row is made before the first epoch: a development sentence's features are looked up once.
  const devRows = new Map(
    dev.flatMap((d) => d.examples.map((ex) => [ex, Int32Array.from(ex.features.keys, (k) => model.rowOf(k))] as const)),
  );
  const order = rows.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    for (const i of order) if (!model.learn(rows[i])) wrong++;
    const avg = model.averaged();
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`epoch ${epoch}: ${wrong} of ${rows.length} training sentences wrong, ${secs} s`);
    for (const d of dev) {
      const s = score(d.examples, (ex) =>
        namesOf(model.tag({ offsets: ex.features.offsets, rows: devRows.get(ex)! }, avg)),
      );
      console.log(`  ${d.name.padEnd(20)} ${scoreLine(s)}`);
    }
  }
  return model;
}

/**
 * The names the shipped model finds in each example through the run-time path (quantised weights, the second pass
 * where there is one), `size` consecutive sentences read as one article (1: each alone).
 */
function readModel(model: TaggerModel, examples: Example[], glossary: Glossary, size: number) {
  const tagSpan = spanTagger(model);
  const lists = { names: model.names, clusters: model.clusters };
  const out = new Map<Example, { first: number; last: number; kind: EntityKind }[]>();
  for (let i = 0; i < examples.length; i += size) {
    const chunk = examples.slice(i, i + size);
    const found = tagSpan(chunk.map((ex) => inputOf(ex, glossary.givenNames, lists)));
    chunk.forEach((ex, j) => out.set(ex, found[j]));
  }
  return out;
}

function scoreModel(model: TaggerModel, examples: Example[], glossary: Glossary, size: number): Scores {
  const found = readModel(model, examples, glossary, size);
  return score(examples, (ex) => found.get(ex)!);
}

/** The model as it ships: rows pruned under `minWeight`, weights quantised to int8 with one scale. */
function shippable(perceptron: Perceptron, lang: Lang, families: number, minWeight: number, lists?: Lists) {
  const parts = perceptron.parts(lang, families, minWeight, lists?.names, lists?.clusters);
  let max = 0;
  for (const w of parts.weights) max = Math.max(max, Math.abs(w));
  const bytes = encodeModel(parts, max / 127);
  return { rows: parts.keys.length, bytes, model: decodeModel(bytes) };
}

/** What one training run is: the settings every model of it is trained with. */
interface Run {
  lang: Lang;
  glossary: Glossary;
  families: number;
  lists: Lists;
  epochs: number;
  seed: number;
  minWeight: number;
}

/**
 * The first pass's reading of each training sentence by a model trained without it: `folds` runs, each on all but a
 * stretch of consecutive sentences, reading that stretch. So the second pass learns how far a first pass is to be
 * trusted on text it has not seen, as at run time, not on text it has learnt by heart.
 */
function jackknife(examples: Example[], run: Run, folds: number): Uint8Array[] {
  const tags = new Array<Uint8Array>(examples.length);
  const size = Math.ceil(examples.length / folds);
  for (let f = 0; f < folds; f++) {
    const held = examples.slice(f * size, (f + 1) * size);
    const rest = [...examples.slice(0, f * size), ...examples.slice((f + 1) * size)];
    console.log(`first pass, fold ${f + 1} of ${folds}: trained on ${rest.length} sentences, reads ${held.length}`);
    const { model } = shippable(
      train(rest, [], run.epochs, run.seed),
      run.lang,
      run.families,
      run.minWeight,
      run.lists,
    );
    firstPassTags(model, held, run.glossary).forEach((t, j) => (tags[f * size + j] = t));
  }
  return tags;
}

/** A first pass's tags of each example, read alone. */
function firstPassTags(model: TaggerModel, examples: Example[], glossary: Glossary): Uint8Array[] {
  const found = readModel(model, examples, glossary, 1);
  return examples.map((ex) => tagsOf(ex.gold.length, found.get(ex)!));
}

/**
 * The examples with the second pass's features: every `size` consecutive sentences are one article (ANERcorp marks
 * no article's end), and each token reads what `tags`, the first pass, made of its stem elsewhere in it.
 */
function withDocument(examples: Example[], tags: Uint8Array[], size: number, run: Run): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < examples.length; i += size) {
    const chunk = examples.slice(i, i + size);
    const stems = chunk.flatMap((ex) => ex.ctx.tokens.map(stemOf));
    const bits = documentBits(
      stems,
      tags.slice(i, i + size).flatMap((t) => [...t]),
    );
    let at = 0;
    for (const ex of chunk) {
      const doc = bits.slice(at, (at += ex.gold.length));
      const features = extractFeatures({ ...inputOf(ex, run.glossary.givenNames, run.lists), doc }, run.families);
      out.push({ ...ex, features });
    }
  }
  return out;
}

/**
 * `--document N`: the second pass, trained on the jackknifed first pass's reading of every N consecutive training
 * sentences; the development sentences are read by the shipped first pass, N at a time too. Its file follows the
 * first's (`model.ts`).
 */
function secondPass(
  run: Run,
  examples: Example[],
  dev: { name: string; examples: Example[] }[],
  first: { bytes: Uint8Array; model: TaggerModel },
  size: number,
  folds: number,
) {
  const trainSet = withDocument(examples, jackknife(examples, run, folds), size, run);
  const devSets = dev.map((d) => ({
    name: `2nd, ${d.name}`,
    examples: withDocument(d.examples, firstPassTags(first.model, d.examples, run.glossary), size, run),
  }));
  console.log(`second pass, every ${size} sentences one article:`);
  const second = shippable(train(trainSet, devSets, run.epochs, run.seed), run.lang, run.families, run.minWeight);
  const bytes = new Uint8Array(first.bytes.length + second.bytes.length);
  bytes.set(first.bytes);
  bytes.set(second.bytes, first.bytes.length);
  console.log(`second pass: ${second.rows} rows, ${second.bytes.length} bytes`);
  return { bytes, model: decodeModel(bytes) };
}

function familiesWithout(list: string | undefined): number {
  let families = ALL_FAMILIES;
  for (const name of list ? list.split(',') : []) {
    const bit = FAMILY[name as keyof typeof FAMILY];
    if (!bit || bit === FAMILY.word)
      throw new CliError(`--without: ${name} is not a family that can be left out\n${USAGE}`);
    families &= ~bit;
  }
  return families;
}

export async function trainCommand(args: string[]): Promise<number> {
  const lang = (flag(args, '--lang', USAGE) ?? 'ar') as Lang;
  if (lang !== 'ar' && lang !== 'en') throw new CliError(`--lang must be ar or en\n${USAGE}`);
  const epochs = Number(flag(args, '--epochs', USAGE) ?? 8);
  const minWeight = Number(flag(args, '--min-weight', USAGE) ?? 1);
  const families = familiesWithout(flag(args, '--without', USAGE));
  const extra = (flag(args, '--with', USAGE) ?? '').split(',').filter(Boolean);
  const glossary = loadGlossary(compileIndex(readEntries()));
  const data = lang === 'ar' ? arabicData(extra) : englishData(extra);

  const t0 = performance.now();
  const names = families & FAMILY.names ? nameList(data.names, lang, glossary) : new Map<number, number>();
  const k = Number(flag(args, '--clusters', USAGE) ?? CLUSTER_DEFAULTS.k);
  const clusters = families & FAMILY.clusters && k ? clusterTable(data, lang, glossary, k) : new Map<number, number>();
  const examples = prepare(data.train, lang, glossary, families, { names, clusters });
  for (const ex of examples) ex.weight = data.weights.get(ex.sentence);
  const dev = data.dev.map((d) => ({
    name: d.name,
    examples: prepare(d.sentences, lang, glossary, families, { names, clusters }),
  }));
  const tokens = examples.reduce((n, ex) => n + ex.gold.length, 0);
  console.log(
    `${lang}: ${names.size} names listed; ${examples.length} training sentences (${tokens} tokens), ` +
      `${dev.map((d) => `${d.name} ${d.examples.length}`).join(', ')}; features in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const seed = Number(flag(args, '--seed', USAGE) ?? SEED);
  const run: Run = { lang, glossary, families, lists: { names, clusters }, epochs, minWeight, seed };
  const first = shippable(train(examples, dev, epochs, seed), lang, families, minWeight, run.lists);
  let { bytes, model } = first;
  const size = Number(flag(args, '--document', USAGE) ?? 0);
  console.log(`model: ${first.rows} rows, ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
  for (const d of dev)
    console.log(`  shipped, ${d.name.padEnd(11)} ${scoreLine(scoreModel(model, d.examples, glossary, 1))}`);
  if (size) {
    ({ bytes, model } = secondPass(run, examples, dev, first, size, Number(flag(args, '--folds', USAGE) ?? 5)));
    console.log(`both passes: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
    for (const d of dev)
      console.log(`  shipped, ${d.name.padEnd(11)} ${scoreLine(scoreModel(model, d.examples, glossary, size))}`);
  }
  if (!args.includes('--no-write')) {
    const file = resolve(MODEL_DIR, `model-${lang}.bin`);
    writeFileSync(file, bytes);
    console.log(`wrote ${file}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  trainCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof CliError ? e.message : e);
      process.exit(e instanceof CliError ? 2 : 1);
    },
  );
}
