/** Where the content script runs without asking: Annahar in every edition, and local pages for the tests and demo. */
export const ARTICLE_HOSTS = ['*://*.annahar.com/*', '*://annahar.com/*', 'http://localhost/*'] as const;

/** True for a host the manifest's patterns cover, so it needs no grant from the reader. */
export function coveredHost(hostname: string): boolean {
  return ARTICLE_HOSTS.some((pattern) => {
    const host = pattern.split('/')[2];
    return host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host;
  });
}
