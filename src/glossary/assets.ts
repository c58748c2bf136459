/** Where the build puts the compiled glossary inside the extension's package. */
export const GLOSSARY_ASSETS = { index: 'glossary/index.json', cards: 'glossary/cards.json' } as const;
