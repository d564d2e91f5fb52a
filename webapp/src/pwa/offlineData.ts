/**
 * What the service worker keeps of a session's answers for offline use (the board, the profile). Logging
 * out deletes it, so the next person on this device sees nothing of it. The name is the worker's API_CACHE.
 */
export const API_CACHE = 'habits-api';

/** The header the worker adds to an answer it gives from its cache: when that answer was fresh. */
export const CACHED_AT_HEADER = 'X-Habits-Cached-At';

export async function forgetOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(API_CACHE).catch(() => false);
}
