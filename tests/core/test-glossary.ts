/** A small glossary for the core's tests: names, short forms, namesakes, a parent and demonyms, nothing more. */
import { loadGlossary, type Glossary } from '../../src/core/entities/glossary';
import { compileIndex } from '../../src/glossary/compile';
import type { GlossaryEntry } from '../../src/glossary/schema';

interface Extra {
  arShort?: string[];
  enShort?: string[];
  arDem?: string;
  enDem?: string;
  parent?: string;
  related?: string[];
}

export const entry = (
  id: string,
  kind: GlossaryEntry['kind'],
  ar: string,
  en: string,
  extra: Extra = {},
): GlossaryEntry => ({
  id,
  kind,
  ar: { name: ar, short: extra.arShort, demonym: extra.arDem, description: '-' },
  en: { name: en, short: extra.enShort, demonym: extra.enDem, description: '-' },
  asOf: '2025',
  sources: ['test'],
  ...(extra.parent ? { parent: extra.parent } : {}),
  ...(extra.related ? { related: extra.related } : {}),
});

/** The seed's kind of names: two Haftars, a short form, namesake Tripolis, demonyms, an army with a short form. */
export const BASE_ENTRIES: GlossaryEntry[] = [
  entry('khalifa-haftar', 'person', 'خليفة حفتر', 'Khalifa Haftar', { arShort: ['حفتر'], enShort: ['Haftar'] }),
  entry('saddam-haftar', 'person', 'صدام حفتر', 'Saddam Haftar', {
    arShort: ['حفتر'],
    enShort: ['Haftar'],
    parent: 'khalifa-haftar',
  }),
  entry('joseph-aoun', 'person', 'جوزاف عون', 'Joseph Aoun', { arShort: ['عون'], enShort: ['Aoun'] }),
  entry('lebanon', 'place', 'لبنان', 'Lebanon', { arDem: 'لبناني', enDem: 'Lebanese' }),
  entry('libya', 'place', 'ليبيا', 'Libya', { arDem: 'ليبي', enDem: 'Libyan' }),
  entry('tripoli-libya', 'place', 'طرابلس', 'Tripoli', { related: ['libya'] }),
  entry('tripoli-lebanon', 'place', 'طرابلس', 'Tripoli', { related: ['lebanon'] }),
  entry('lna', 'organization', 'الجيش الوطني الليبي', 'Libyan National Army', { arShort: ['الجيش الوطني'] }),
];

export const testGlossary = (more: GlossaryEntry[] = []): Glossary =>
  loadGlossary(compileIndex([...BASE_ENTRIES, ...more]));
