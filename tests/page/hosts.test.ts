import { describe, expect, it } from 'vitest';
import { articleHosts, coveredHost, LOCAL_MODE } from '../../src/page/hosts';
import { originPattern } from '../../src/site-access';

describe('page/hosts and site access', () => {
  it.each([
    ['www.annahar.com', true],
    ['annahar.com', true],
    ['en.annahar.com', true],
    ['localhost', false],
    ['notannahar.com', false],
    ['annahar.com.evil.example', false],
    ['example.org', false],
  ])('%s is covered by the manifest: %s', (host, covered) => {
    expect(coveredHost(host)).toBe(covered);
  });

  it('covers local pages only in the local build (tests, demo, bench), never in the product', () => {
    expect(articleHosts('production')).not.toContain('http://localhost/*');
    expect(articleHosts(LOCAL_MODE)).toContain('http://localhost/*');
    expect(articleHosts(LOCAL_MODE)).toEqual(expect.arrayContaining(articleHosts('production')));
  });

  it.each([
    ['https://www.lorientlejour.com/article/1', 'https://www.lorientlejour.com/*'],
    ['http://example.org:8080/x?y', 'http://example.org/*'],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('asks for %s as %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});
