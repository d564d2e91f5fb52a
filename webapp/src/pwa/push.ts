/**
 * Signs this browser up for the server's reminders: notification permission, a push subscription with the
 * server's VAPID key (`userVisibleOnly`: every push shows a notification), and the subscription sent to the
 * server. Each way it can fail has its own sentence; none is a bare exception.
 */
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { PushSubscriptionInput } from '../api/types';

export class PushSetupError extends Error {
  override readonly name = 'PushSetupError';
}

export const PUSH_MESSAGES = {
  unsupported: 'This browser cannot show reminders: it has no notifications or push.',
  notConfigured: 'Reminders can’t be delivered by this server.',
  denied: 'Notifications are blocked for this site. Allow them in the browser’s site settings to get reminders.',
  dismissed: 'Reminders need permission to show notifications; it was not given.',
} as const;

/** base64url (no padding) to bytes, for `applicationServerKey`. */
export function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameKey(subscription: PushSubscription, key: Uint8Array): boolean {
  const current = subscription.options?.applicationServerKey;
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((b, i) => b === key[i]);
}

export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window && 'serviceWorker' in navigator && 'PushManager' in window;
}

export async function subscribeToPush(): Promise<void> {
  if (!pushSupported()) throw new PushSetupError(PUSH_MESSAGES.unsupported);
  let publicKey: string;
  try {
    publicKey = await api.pushPublicKey();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 503 || error.status === 404)) throw new PushSetupError(PUSH_MESSAGES.notConfigured);
    throw error;
  }
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushSetupError(PUSH_MESSAGES.denied);
  if (permission !== 'granted') throw new PushSetupError(PUSH_MESSAGES.dismissed);

  const key = base64UrlBytes(publicKey);
  const registration = await navigator.serviceWorker.ready;
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameKey(subscription, key)) {
    await subscription.unsubscribe(); // signed up with a key the server no longer has
    subscription = null;
  }
  try {
    subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  } catch (error) {
    throw new PushSetupError(`This browser could not sign up for notifications${error instanceof Error ? `: ${error.message}` : '.'}`);
  }
  await api.addPushSubscription(subscription.toJSON() as PushSubscriptionInput);
}
