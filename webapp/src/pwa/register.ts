/**
 * Registers the service worker (/sw.js, scope "/") in the built app; the dev server has none. A change the
 * worker made (a notification's Done) is passed on as a `habits-changed` window event for an open board.
 */
export const HABITS_CHANGED = 'habits-changed';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (data && typeof data === 'object' && (data as { type?: unknown }).type === HABITS_CHANGED) {
      window.dispatchEvent(new Event(HABITS_CHANGED));
    }
  });
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // Without it the app still works, only not offline.
      console.warn('Habit Tracker: the service worker did not register', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
