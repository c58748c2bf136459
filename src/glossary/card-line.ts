/** How a glossary card's role is read out, the same in the side panel's cards and the page's hover card. */
import type { Card } from './compile';
import type { Role } from './schema';

/** The role held as of the card's date; the last one where every role has ended. */
export const currentRole = (card?: Card | null): Role | undefined =>
  card?.roles?.find((r) => !r.end) ?? card?.roles?.at(-1);

/** The role's years, as ` (2014–2020)` or ` (2025)`; empty where the glossary has none. */
export const roleYears = (role: Role): string =>
  role.start ? ` (${role.start}${role.end ? `–${role.end}` : ''})` : '';
