/** The mentions of each entity on a page, in article order; demonyms are not mentions of their place. */
import type { Annotations, Mention } from './types';

export function mentionsByEntity(annotations: Annotations | undefined): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of annotations?.mentions ?? []) {
    if (m.kind === 'demonym') continue;
    const list = map.get(m.entity);
    if (list) list.push(m);
    else map.set(m.entity, [m]);
  }
  return map;
}
