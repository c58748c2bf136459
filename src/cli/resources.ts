/**
 * The analysis resources in Node: the glossary compiled straight from its sources, compromise for English, and the
 * trained tagger of each language whose model file is present (`npm run train` writes them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { assembleRecognizers, type RecognizerParts, type Resources } from '../core/analyze';
import type { Recognizer } from '../core/entities/context';
import { englishRecognizer } from '../core/entities/english';
import { loadGlossary, type Glossary } from '../core/entities/glossary';
import { decodeModel } from '../core/entities/tagger/model';
import { taggerRecognizer } from '../core/entities/tagger/recognizer';
import type { Lang } from '../core/types';
import { MODEL_ASSETS } from '../glossary/assets';
import { compileIndex } from '../glossary/compile';
import { readEntries } from '../glossary/load-node';

export const MODEL_DIR = resolve(import.meta.dirname, '../core/entities/tagger');

/** Each part of the recogniser, apart, for measuring them alone and together (`eval-conll --only`). */
export interface NodeParts extends RecognizerParts {
  glossary: Glossary;
  english: Recognizer;
}

let parts: NodeParts | undefined;
let cached: Resources | undefined;

export function nodeParts(): NodeParts {
  if (parts) return parts;
  const glossary = loadGlossary(compileIndex(readEntries()));
  const taggers: NodeParts['taggers'] = {};
  for (const lang of Object.keys(MODEL_ASSETS) as Lang[]) {
    const file = resolve(MODEL_DIR, `model-${lang}.bin`);
    if (existsSync(file)) taggers[lang] = taggerRecognizer(decodeModel(readFileSync(file)), glossary, nlp);
  }
  parts = { glossary, english: englishRecognizer(nlp), taggers };
  return parts;
}

export function nodeResources(): Resources {
  cached ??= { glossary: nodeParts().glossary, recognizers: assembleRecognizers(nodeParts()) };
  return cached;
}
