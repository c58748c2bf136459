/**
 * What the quote finder's lexicons tell the Arabic rules: the verbs of saying, before which a name never begins and
 * after which its subject stands, and who speaks in the press without being a name.
 */
import {
  AR_CUES,
  AR_GROUP_HEADS,
  AR_INSTITUTION_HEADS,
  AR_MEDIA,
  AR_ROLES,
  AR_SAYING,
  AR_VAGUE_HEADS,
} from '../../quotes/lexicon';
import { NISBA_ROLES } from '../../lexicon/ar/titles';

/** Verbs of saying and reporting in every form the quote finder knows (`قال`, `تقول`, `أضافوا`, `مضيفاً`). */
export const VERBS: ReadonlySet<string> = new Set(AR_CUES.keys());

/** Who speaks in the press without being a name: sources, groups, institutions, outlets and roles. */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  ...AR_VAGUE_HEADS,
  ...AR_GROUP_HEADS,
  ...AR_INSTITUTION_HEADS,
  ...AR_MEDIA,
  ...AR_ROLES,
  ...AR_SAYING,
  ...NISBA_ROLES,
]);
