/**
 * The summary measured against human summaries, beside Lead-3 (the first three sentences) in the same run:
 *   - Arabic: EASC's development half (`../shared/corpora/summ-ar/easc-dev.jsonl`; the Essex Arabic Summaries Corpus,
 *     El-Haj, Kruschwitz & Fox 2010, CC BY 4.0), one human extractive summary an article;
 *   - English: our own invented articles in `tests/fixtures/summaries`, each with the highlights a news site would put
 *     on top, split into development (studied and tuned on) and held out (seen only once the weights were set).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Resources } from '../core/analyze';
import { meanF1, rouge, rougeTokens, type Rouge } from '../core/eval/rouge';
import { leadSentences } from '../core/summary';
import type { Article } from '../core/types';

export const EASC_DEV = resolve(import.meta.dirname, '../../../shared/corpora/summ-ar/easc-dev.jsonl');
export const SUMMARY_FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/summaries');

export interface SummaryCase {
  id: string;
  article: Article;
  /** One or more human summaries; an article's score is its mean over them. */
  refs: string[];
}

/** A summary fixture: our own invented article and the highlights written for it. */
export interface SummaryFixtureFile {
  id: string;
  heldout: boolean;
  title: string;
  paragraphs: string[];
  highlights: string[];
}

export function readEasc(path = EASC_DEV): SummaryCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as { id: string; title: string; paragraphs: string[]; refs: string[] };
      return { id: d.id, article: { title: d.title, paragraphs: d.paragraphs }, refs: d.refs };
    });
}

export function readSummaryFixtures(split: 'dev' | 'heldout', dir = SUMMARY_FIXTURES): SummaryCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SummaryFixtureFile)
    .filter((f) => f.heldout === (split === 'heldout'))
    .map((f) => ({
      id: f.id,
      article: { title: f.title, paragraphs: f.paragraphs, lang: 'en' },
      refs: [f.highlights.join(' ')],
    }));
}

export interface SystemFigures {
  r1: number;
  r2: number;
  rl: number;
  /** Mean words a summary (ROUGE's tokens). */
  words: number;
}

export interface SummaryFigures {
  articles: number;
  summary: SystemFigures;
  lead3: SystemFigures;
  reference: { words: number };
  /** Articles where the summary's R-1 beats Lead-3's, and where it falls behind. */
  wins: number;
  losses: number;
}

const meanOver = (refs: string[], candidate: string): Rouge => {
  const all = refs.map((r) => rouge(candidate, r));
  const avg = (k: keyof Rouge, m: 'p' | 'r' | 'f') => all.reduce((s, x) => s + x[k][m], 0) / all.length;
  const of = (k: keyof Rouge) => ({ p: avg(k, 'p'), r: avg(k, 'r'), f: avg(k, 'f') });
  return { r1: of('r1'), r2: of('r2'), rl: of('rl') };
};

const words = (s: string) => rougeTokens(s).length;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The summary and Lead-3 of every case, scored against its references. */
export function summaryFigures(cases: SummaryCase[], resources: Resources): SummaryFigures {
  const ours: Rouge[] = [];
  const lead: Rouge[] = [];
  const [oursWords, leadWords, refWords] = [[], [], []] as number[][];
  let wins = 0;
  let losses = 0;
  for (const c of cases) {
    const a = analyze(c.article, resources);
    const summary = a.summary.sentences.map((s) => s.text).join(' ');
    const lead3 = leadSentences(a.text, a.blocks, a.lang, 3)
      .map((s) => a.text.slice(s.start, s.end))
      .join(' ');
    const o = meanOver(c.refs, summary);
    const l = meanOver(c.refs, lead3);
    ours.push(o);
    lead.push(l);
    if (o.r1.f > l.r1.f + 1e-9) wins++;
    else if (o.r1.f < l.r1.f - 1e-9) losses++;
    oursWords.push(words(summary));
    leadWords.push(words(lead3));
    refWords.push(mean(c.refs.map(words)));
  }
  return {
    articles: cases.length,
    summary: { ...meanF1(ours), words: mean(oursWords) },
    lead3: { ...meanF1(lead), words: mean(leadWords) },
    reference: { words: mean(refWords) },
    wins,
    losses,
  };
}

const f1 = (x: number) => x.toFixed(1).padStart(5);

export function printSummaryFigures(label: string, s: SummaryFigures): void {
  const row = (name: string, x: SystemFigures) =>
    `    ${name.padEnd(8)} R-1 ${f1(x.r1)}  R-2 ${f1(x.r2)}  R-L ${f1(x.rl)}  ${x.words.toFixed(0).padStart(4)} words`;
  console.log(
    `  ${label}: ${s.articles} articles, reference ${s.reference.words.toFixed(0)} words; R-1 per article: ${s.wins} wins, ${s.losses} losses against Lead-3`,
  );
  console.log(row('summary', s.summary));
  console.log(row('Lead-3', s.lead3));
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const rounded = (x: SystemFigures): SystemFigures => ({
  r1: round1(x.r1),
  r2: round1(x.r2),
  rl: round1(x.rl),
  words: round1(x.words),
});

/** The summary part of `npm run eval`: prints the figures and returns them, to a tenth, for the closing JSON line. */
export function evalSummaries(resources: Resources): Record<string, SummaryFigures> {
  const out: Record<string, SummaryFigures> = {};
  console.log('summary against human summaries (ROUGE F1; Lead-3 = the first three sentences, same run)');
  if (existsSync(EASC_DEV)) {
    out.easc = summaryFigures(readEasc(), resources);
    printSummaryFigures('Arabic, EASC development half (El-Haj, Kruschwitz & Fox 2010, CC BY 4.0)', out.easc);
  } else console.log(`  Arabic: EASC absent (${EASC_DEV}), skipped`);
  for (const split of ['dev', 'heldout'] as const) {
    const cases = readSummaryFixtures(split);
    if (!cases.length) continue;
    out[`en-${split}`] = summaryFigures(cases, resources);
    printSummaryFigures(
      `English fixtures against their highlights, ${split === 'dev' ? 'development' : 'held out'}`,
      out[`en-${split}`],
    );
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, f]) => [
      k,
      { ...f, summary: rounded(f.summary), lead3: rounded(f.lead3), reference: { words: round1(f.reference.words) } },
    ]),
  );
}
