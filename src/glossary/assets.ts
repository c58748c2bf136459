/** Where the build puts the compiled glossary inside the extension's package. */
export const GLOSSARY_ASSETS = { index: 'glossary/index.json', cards: 'glossary/cards.json' } as const;

/**
 * The trained tagger models the extension ships, by language, and where the build puts them (from
 * `src/core/entities/tagger/model-<lang>.bin`). A language is tagged only where its model measurably helps (see the
 * model card); the command line reads the same list.
 */
export const MODEL_ASSETS = { ar: 'tagger/model-ar.bin', en: 'tagger/model-en.bin' } as const;
