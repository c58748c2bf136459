/** English entities on the project's English fixtures: Hamish (glossary + compromise + rules) and compromise alone. */
import nlp from 'compromise';
import { scoreEnglish } from '../core/eval/english';
import type { Scores } from '../core/eval/score';
import { fixtures } from './fixtures';
import { nodeResources } from './resources';

export function evalEnglish(list = fixtures('en')): { hamish: Scores; compromise: Scores } {
  return scoreEnglish(list, nodeResources(), nlp);
}
