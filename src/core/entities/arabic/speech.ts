/**
 * What the lexicons of saying and sourcing tell the Arabic rules: the verbs of saying, before which a name never begins and
 * after which its subject stands, and who speaks in the press without being a name.
 */
import { ROLES } from '../../lexicon/ar/roles';
import { CUE_FORMS, SAYING } from '../../lexicon/ar/saying';
import { GROUP_HEADS, INSTITUTION_HEADS, MEDIA, VAGUE_HEADS } from '../../lexicon/ar/sources';
import { NISBA_ROLES } from '../../lexicon/ar/titles';

/** Verbs of saying and reporting in every form the quote finder knows (`قال`, `تقول`, `أضافوا`, `مضيفاً`). */
export const VERBS: ReadonlySet<string> = new Set(CUE_FORMS.keys());

/** Who speaks in the press without being a name: sources, groups, institutions, outlets and roles. */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  ...VAGUE_HEADS,
  ...GROUP_HEADS,
  ...INSTITUTION_HEADS,
  ...MEDIA,
  ...ROLES,
  ...SAYING,
  ...NISBA_ROLES,
]);
