/**
 * `npx tsx tests/bench/tagger.ts [PAGE]`: what the tagger alone costs on an article, in the steady state. The
 * recogniser runs for a second of warm-up, then the median of many runs is reported, with the cost per 1,000 tokens,
 * so a change to the tagger's speed is measured apart from the rest of `analyze`; and once more with a new recogniser,
 * whose word cache is empty (the first article a page shows).
 */
import { resolve } from 'node:path';
import { articleText, textContext } from '../../src/core/analyze';
import { readArticle } from '../../src/cli/read-article';
import { readFileSync } from 'node:fs';
import { MODEL_DIR, nodeParts } from '../../src/cli/resources';
import { decodeModel } from '../../src/core/entities/tagger/model';
import { taggerRecognizer } from '../../src/core/entities/tagger/recognizer';

const SEED = resolve(import.meta.dirname, '../../../../shared/seed/annahar-haftar-pakistan.html');

function main(): void {
  const page = process.argv[2] ?? SEED;
  const article = readArticle(page);
  if (!article) throw new Error(`no article in ${page}`);
  const { glossary, taggers } = nodeParts();
  const { text, blocks } = articleText(article);
  const ctx = textContext(text, blocks, 'ar', glossary.givenNames);
  const tagger = taggers.ar!;
  const claimed = new Uint8Array(ctx.tokens.length);
  const until = performance.now() + 1000;
  while (performance.now() < until) tagger(ctx, claimed);
  const samples: number[] = [];
  for (let r = 0; r < 400; r++) {
    const t0 = performance.now();
    tagger(ctx, claimed);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const ms = samples[samples.length >> 1];
  const names = tagger(ctx, claimed).length;
  const fresh = taggerRecognizer(decodeModel(readFileSync(resolve(MODEL_DIR, 'model-ar.bin'))), glossary);
  const t0 = performance.now();
  fresh(ctx, claimed);
  const coldMs = performance.now() - t0;
  console.log(
    `${ctx.tokens.length} tokens, ${names} names: median ${ms.toFixed(3)} ms ` +
      `(p10 ${samples[40].toFixed(3)}, p90 ${samples[360].toFixed(3)}), ${((ms * 1000) / ctx.tokens.length).toFixed(3)} ms per 1,000 tokens; ` +
      `a new recogniser's first call ${coldMs.toFixed(3)} ms`,
  );
}

main();
