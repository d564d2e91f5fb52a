/**
 * Emits `sw.js` (from sw/sw.js) with this build's precache list and version. It runs in `generateBundle`
 * with `enforce: 'post'`, after Vite's HTML plugin has put index.html into the bundle, so the list is the
 * final one; "/" (the shell every navigation falls back to) is in it whether or not index.html is seen.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./sw.js', import.meta.url));

/** Files of public/ the app shell needs offline and the notifications show. */
export const PUBLIC_SHELL = ['/manifest.json', '/favicon.svg', '/icons/icon-192.png'];

/** What the service worker caches at install: "/" first, then the built files (never source maps). */
export function precacheList(bundleFiles: readonly string[]): string[] {
  const built = bundleFiles
    .filter((file) => !file.endsWith('.map') && file !== 'index.html' && file !== 'sw.js')
    .map((file) => `/${file}`)
    .sort();
  return ['/', ...built, ...PUBLIC_SHELL];
}

/** The service worker's text: the list and a version that changes whenever the list or the worker does. */
export function serviceWorkerSource(template: string, precache: readonly string[]): string {
  const version = createHash('sha256').update(template).update(precache.join('\n')).digest('hex').slice(0, 12);
  const withList = template.replace(/\/\* __HABITS_PRECACHE__ \*\/ \[[^\]]*\]/, JSON.stringify(precache));
  if (withList === template || !withList.includes('__HABITS_SW_VERSION__')) throw new Error('sw/sw.js lost its placeholders');
  return withList.replace('__HABITS_SW_VERSION__', version);
}

export function serviceWorker(): Plugin {
  return {
    name: 'habits-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const source = serviceWorkerSource(readFileSync(SOURCE, 'utf8'), precacheList(Object.keys(bundle)));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
