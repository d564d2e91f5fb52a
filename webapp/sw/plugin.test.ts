// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SHELL, precacheList, serviceWorkerSource } from './plugin';

const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');

describe('the service worker build', () => {
  it('precaches "/" and the built files, never source maps or the worker itself', () => {
    const list = precacheList(['index.html', 'assets/index-abc.js', 'assets/index-abc.js.map', 'assets/index-def.css', 'sw.js']);
    expect(list).toEqual(['/', '/assets/index-abc.js', '/assets/index-def.css', ...PUBLIC_SHELL]);
  });

  it('has "/" even when index.html is not in the bundle yet', () => {
    expect(precacheList(['assets/index-abc.js'])[0]).toBe('/');
  });

  it('writes the list and a version that changes with the list into the worker', () => {
    const a = serviceWorkerSource(template, ['/', '/assets/a.js']);
    const b = serviceWorkerSource(template, ['/', '/assets/b.js']);
    expect(a).toContain('const PRECACHE = ["/","/assets/a.js"];');
    const version = (source: string) => /const VERSION = '([0-9a-f]{12})';/.exec(source)?.[1];
    expect(version(a)).toBeDefined();
    expect(version(a)).not.toBe(version(b));
  });

  it('refuses a worker that lost its placeholders', () => {
    expect(() => serviceWorkerSource('self.addEventListener("fetch", () => {});', ['/'])).toThrow(/placeholders/);
  });
});
