/** How often a page names each pinned entity: for the badge and the list of articles where a pin was seen. */
import type { Annotations } from '../core/types';

export function pinnedCounts(annotations: Annotations | undefined, pinnedKeys: Iterable<string>): Map<string, number> {
  const keys = new Set(pinnedKeys);
  const counts = new Map<string, number>();
  for (const m of annotations?.mentions ?? []) if (m.kind !== 'demonym' && keys.has(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}
