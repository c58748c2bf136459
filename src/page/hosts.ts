/**
 * Where the content script runs without asking. The product runs on Annahar in every edition; the builds the
 * end-to-end tests, the demo and the bench use (`wxt build --mode localhost`, in `.output/<target>-localhost`) also run on
 * local pages, which the shipped extension must not: a store reviewer would flag it, and a developer's own local apps
 * would meet it.
 */
const PRODUCT_HOSTS = ['*://*.annahar.com/*', '*://annahar.com/*'];
const LOCAL_HOSTS = ['http://localhost/*'];

/** The build mode whose builds also run on local pages. */
export const LOCAL_MODE = 'localhost';

/** The hosts a build of the given mode covers. */
export const articleHosts = (mode: string | undefined): string[] =>
  mode === LOCAL_MODE ? [...PRODUCT_HOSTS, ...LOCAL_HOSTS] : [...PRODUCT_HOSTS];

/** This bundle's hosts: Vite writes the build's mode in (Node, where there is none, gets the product's). */
export const ARTICLE_HOSTS: readonly string[] = articleHosts((import.meta as { env?: { MODE?: string } }).env?.MODE);

/** True for a host the manifest's patterns cover, so it needs no grant from the reader. */
export function coveredHost(hostname: string): boolean {
  return ARTICLE_HOSTS.some((pattern) => {
    const host = pattern.split('/')[2];
    return host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host;
  });
}
