/** The analysis resources in Node: the glossary compiled straight from its sources, and compromise for English. */
import nlp from 'compromise';
import type { Resources } from '../core/analyze';
import { englishRecognizer } from '../core/entities/english';
import { loadGlossary } from '../core/entities/glossary';
import { compileIndex } from '../glossary/compile';
import { readEntries } from '../glossary/load-node';

let cached: Resources | undefined;

export function nodeResources(): Resources {
  cached ??= { glossary: loadGlossary(compileIndex(readEntries())), recognizers: { en: [englishRecognizer(nlp)] } };
  return cached;
}
