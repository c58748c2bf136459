/**
 * `npm run eval`: every figure the project reports, measured in one run.
 *   - the seed article (where `../shared/seed` is present): mentions found/expected/false, quotes, speakers, summary;
 *   - our fixture articles: entities (CoNLL P/R/F1 per kind, Arabic and English; compromise alone beside the English),
 *     quotes and speakers, vague sourcing; claims to check (precision at 5, recall of the gold claims) on the fixtures
 *     that carry claim gold;
 *   - Arabic newswire (where `../shared/corpora` is present): the development part of ANERcorp's train split (its last
 *     10%, which the tagger is not trained on; each sentence alone, and 20 sentences as one article) and NewsFANE's
 *     sentences sharing no five words with ANERcorp, which no model trained on; English, the development parts of
 *     UNER's EWT and of GUM;
 *   - the summary against human summaries, beside Lead-3 in the same run (`eval-summary.ts`): EASC's development half
 *     in Arabic, our English fixtures against their highlights.
 * The last line is all of it as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Resources } from '../core/analyze';
import { scoreSentences } from '../core/claims';
import { percent, scoreClaims, sumClaimScores, type ClaimScore } from '../core/eval/claims';
import { overlapping, parseConll, splitSentences } from '../core/eval/conll';
import type { Fixture } from '../core/eval/fixture';
import { scoreQuotes, scoreVague, sumQuoteScores, type GoldQuote, type QuoteScore } from '../core/eval/quotes';
import { emptyTallies, scores, SCORED_KINDS, tally, type Scores } from '../core/eval/score';
import { fold } from '../core/text/normalize';
import { evaluate } from './eval-conll';
import { evalEnglish } from './eval-english';
import { evalSummaries } from './eval-summary';
import { fixtureSplit, hasSeed, SEED_GOLD, SEED_PAGE } from './fixtures';
import { readArticle } from './read-article';
import { nodeResources } from './resources';

const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');
const ANERCORP = join(CORPORA, 'ar-ner/anercorp-camel-train.txt');
/** How many consecutive ANERcorp sentences stand for an article (the trainer's `--document 20`). */
const ARTICLE_SENTENCES = 20;
const NEWSFANE = join(CORPORA, 'ar-ner/newsfane-gold-2014.filtered.txt');
/** English development parts (the tagger trains on their train parts). */
const ENGLISH_DEV = { ewt: join(CORPORA, 'en-ner/uner_en_ewt_dev.txt'), gum: join(CORPORA, 'en-ner/gum_open_dev.txt') };

const pct = (x: number) => x.toFixed(1).padStart(5);

function printScores(label: string, s: Scores): void {
  console.log(
    `  ${label.padEnd(22)} ${[...SCORED_KINDS, 'micro' as const].map((k) => `${k.slice(0, 5)} ${pct(s[k].p)}/${pct(s[k].r)}/${pct(s[k].f1)}`).join('  ')}`,
  );
}

function printQuotes(label: string, q: QuoteScore): void {
  console.log(
    `  ${label.padEnd(22)} quotes P ${pct(q.p)} R ${pct(q.r)} (${q.matched}/${q.gold}, ${q.predicted} found)  speakers ${pct(q.speakerAccuracy)}% (${q.speakersRight}/${q.matched})  quoted names listed ${q.notQuotesListed}/${q.notQuotes}`,
  );
}

/** Entity scores of the fixtures of one language, the CoNLL way over exact spans. */
export function fixtureEntities(list: Fixture[], resources: Resources): Scores {
  const t = emptyTallies();
  for (const f of list) tally(t, f.mentions, analyze(f.article, resources).mentions);
  return scores(t);
}

export function fixtureQuotes(
  list: Fixture[],
  resources: Resources,
): { quotes: QuoteScore; vague: ReturnType<typeof scoreVague> } {
  const qs: QuoteScore[] = [];
  const vague = { gold: 0, predicted: 0, found: 0, spurious: 0 };
  for (const f of list) {
    const a = analyze(f.article, resources);
    qs.push(scoreQuotes(a.text, f.quotes as GoldQuote[], a.quotes, f.notQuotes));
    const v = scoreVague(f.vague, a.vague);
    for (const k of Object.keys(vague) as (keyof typeof vague)[]) vague[k] += v[k];
  }
  return { quotes: sumQuoteScores(qs), vague };
}

/** Claims to check on the fixtures that carry claim gold: how their claims rank and how much of the gold they find. */
export function fixtureClaims(list: Fixture[], resources: Resources): ClaimScore & { articles: number } {
  const scored: ClaimScore[] = [];
  for (const f of list) {
    if (!f.claims) continue;
    const a = analyze(f.article, resources);
    const sentences = scoreSentences({
      text: a.text,
      blocks: a.blocks,
      lang: a.lang,
      quotes: a.quotes,
      vague: a.vague,
    });
    scored.push(scoreClaims(a.text, f.claims, a.claims, sentences.length));
  }
  return { ...sumClaimScores(scored), articles: scored.length };
}

function printClaims(label: string, c: ReturnType<typeof fixtureClaims>): void {
  console.log(
    `  ${label.padEnd(22)} P@5 ${pct(percent(c.topGold, c.top))} (${c.topGold}/${c.top})  recall ${pct(percent(c.found, c.gold))} (${c.found}/${c.gold})  precision ${pct(percent(c.predictedGold, c.predicted))} (${c.predicted} claims of ${c.sentences} sentences, ${c.articles} articles)`,
  );
}

interface SeedGold {
  entities: { type: string; mentions: [string, number][] }[];
  quotes: GoldQuote[];
  notQuotes: string[];
}

function seed(resources: Resources) {
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as SeedGold;
  const a = analyze(readArticle(SEED_PAGE)!, resources);
  const want = new Map<string, number>();
  for (const e of gold.entities) for (const [text, n] of e.mentions) want.set(`${e.type}|${text}`, n);
  const got = new Map<string, number>();
  for (const m of a.mentions)
    if (m.kind !== 'demonym') got.set(`${m.kind}|${m.text}`, (got.get(`${m.kind}|${m.text}`) ?? 0) + 1);
  let found = 0;
  let falses = 0;
  for (const [k, n] of got) {
    found += Math.min(n, want.get(k) ?? 0);
    falses += Math.max(0, n - (want.get(k) ?? 0));
  }
  const expected = [...want.values()].reduce((x, y) => x + y, 0);
  const quotes = scoreQuotes(a.text, gold.quotes, a.quotes, gold.notQuotes);
  return { mentions: { found, expected, false: falses }, quotes };
}

/** The tagged corpora's development parts, where `../shared/corpora` holds them: Arabic newswire, English. */
function corpusFigures(resources: Resources): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  if (existsSync(ANERCORP) && existsSync(NEWSFANE)) {
    console.log(
      `Arabic newswire, development (P/R/F1; each sentence alone, or ${ARTICLE_SENTENCES} a piece read as one article)`,
    );
    const anercorp = parseConll(readFileSync(ANERCORP, 'utf8'));
    const newsfane = parseConll(readFileSync(NEWSFANE, 'utf8'));
    const seen = overlapping(newsfane, anercorp, 5, fold);
    const dev = evaluate(splitSentences(anercorp, 'last10'), resources);
    // The extension reads a whole article, and the tagger's second pass reads the article's other sentences:
    // ANERcorp is contiguous articles with no boundaries marked, so 20 sentences stand for one (as in training).
    const articles = evaluate(splitSentences(anercorp, 'last10'), resources, undefined, 'ar', true, ARTICLE_SENTENCES);
    const unseen = evaluate(
      newsfane.filter((s) => !seen.has(s)),
      resources,
    );
    printScores('ANERcorp last 10%', dev);
    printScores(`ANERcorp, ${ARTICLE_SENTENCES} a piece`, articles);
    printScores('NewsFANE unseen', unseen);
    figures.newswire = { anercorp: dev.micro.f1, anercorpArticles: articles.micro.f1, newsfane: unseen.micro.f1 };
  } else console.log('Arabic newswire: absent (../shared/corpora), skipped');

  if (Object.values(ENGLISH_DEV).every((f) => existsSync(f))) {
    console.log('English, development (P/R/F1; each sentence alone)');
    const [ewt, gum] = [ENGLISH_DEV.ewt, ENGLISH_DEV.gum].map((f) =>
      evaluate(parseConll(readFileSync(f, 'utf8')), resources, undefined, 'en'),
    );
    printScores('UNER EWT dev', ewt);
    printScores('GUM dev', gum);
    figures.english = { ewt: ewt.micro.f1, gum: gum.micro.f1 };
  } else console.log('English corpora: absent (../shared/corpora/en-ner), skipped');
  return figures;
}

export async function evalCommand(): Promise<number> {
  const resources = nodeResources();
  const out: Record<string, unknown> = {};

  if (hasSeed) {
    const s = seed(resources);
    console.log('seed article');
    console.log(`  mentions ${s.mentions.found}/${s.mentions.expected} found, ${s.mentions.false} false`);
    printQuotes('', s.quotes);
    out.seed = {
      mentions: s.mentions,
      quotes: {
        p: s.quotes.p,
        r: s.quotes.r,
        speakers: s.quotes.speakerAccuracy,
        namesListed: s.quotes.notQuotesListed,
      },
    };
  } else console.log('seed article: absent (../shared/seed), skipped');

  // The rules were tuned on the development fixtures; the held-out ones were written afterwards by someone who never
  // read them. Their figures at first sight are the ones to expect on unseen articles (the closing notes keep them);
  // once their misses have been read and general rules fixed, they are no longer quite unseen.
  const fx: Record<string, unknown> = {};
  for (const split of ['dev', 'heldout'] as const) {
    const [arList, enList] = [fixtureSplit(split, 'ar'), fixtureSplit(split, 'en')];
    console.log(
      `fixtures, ${split === 'dev' ? 'development (tuned on)' : 'held out (written by someone who never read the engine)'}: ${arList.length} Arabic, ${enList.length} English`,
    );
    const ar = fixtureEntities(arList, resources);
    const en = evalEnglish(enList);
    printScores('entities, Arabic', ar);
    printScores('entities, English', en.hamish);
    printScores('English, compromise', en.compromise);
    const qa = fixtureQuotes(arList, resources);
    const qe = fixtureQuotes(enList, resources);
    const both = sumQuoteScores([qa.quotes, qe.quotes]);
    printQuotes('Arabic', qa.quotes);
    printQuotes('English', qe.quotes);
    const vague = {
      found: qa.vague.found + qe.vague.found,
      gold: qa.vague.gold + qe.vague.gold,
      spurious: qa.vague.spurious + qe.vague.spurious,
    };
    console.log(`  vague sourcing         ${vague.found}/${vague.gold} found, ${vague.spurious} spurious`);
    const claims = { ar: fixtureClaims(arList, resources), en: fixtureClaims(enList, resources) };
    const bothClaims = { ...sumClaimScores([claims.ar, claims.en]), articles: claims.ar.articles + claims.en.articles };
    // The claim gold is another matter: the engine's author wrote it, in the held-out fixtures too, after the claim
    // rules were set. Those figures are first sight of the articles, not a reading by someone who never saw the rules.
    if (split === 'heldout')
      console.log("  claims: gold written by the engine's author after the claim rules were set (not a blind reading)");
    printClaims('claims, Arabic', claims.ar);
    printClaims('claims, English', claims.en);
    printClaims('claims, both', bothClaims);
    fx[split] = {
      claims: {
        p5: percent(bothClaims.topGold, bothClaims.top),
        recall: percent(bothClaims.found, bothClaims.gold),
        precision: percent(bothClaims.predictedGold, bothClaims.predicted),
      },
      ar: ar.micro.f1,
      en: en.hamish.micro.f1,
      enCompromise: en.compromise.micro.f1,
      quotes: { p: both.p, r: both.r, speakers: both.speakerAccuracy },
      vague,
    };
  }
  out.fixtures = fx;

  Object.assign(out, corpusFigures(resources));

  out.summary = evalSummaries(resources);

  console.log(JSON.stringify(out));
  return 0;
}
