/** How often a page names each pinned entity: for the badge and the list of articles where a pin was seen. */
import { mentionsByEntity } from '../core/mentions';
import type { Annotations } from '../core/types';

export function pinnedCounts(annotations: Annotations | undefined, pinnedKeys: Iterable<string>): Map<string, number> {
  const byEntity = mentionsByEntity(annotations);
  const counts = new Map<string, number>();
  for (const key of pinnedKeys) {
    const n = byEntity.get(key)?.length;
    if (n) counts.set(key, n);
  }
  return counts;
}
