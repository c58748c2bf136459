/** Where the content script runs without asking: Annahar in every edition, and local pages for the tests and demo. */
export const ARTICLE_HOSTS = ['*://*.annahar.com/*', '*://annahar.com/*', 'http://localhost/*'] as const;
