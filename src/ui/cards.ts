/** The glossary's cards, compiled at build time into the extension's package and read once per page. */
import { useEffect, useState } from 'preact/hooks';
import { packageUrl } from '../browser';
import { GLOSSARY_ASSETS } from '../glossary/assets';
import type { Card } from '../glossary/compile';

let cards: Promise<Record<string, Card>> | undefined;

export function useCards(): Record<string, Card> {
  const [value, set] = useState<Record<string, Card>>({});
  useEffect(() => {
    cards ??= fetch(packageUrl(GLOSSARY_ASSETS.cards)).then((r) => r.json());
    void cards.then(set).catch(() => undefined);
  }, []);
  return value;
}
