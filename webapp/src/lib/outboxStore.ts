/**
 * The outbox in IndexedDB, so check-ins made offline survive a reload or a closed tab. Kept by the page,
 * not the service worker: the page owns the card's state and its Undo, sends with the session it has, and
 * replays on start, on `online` and on a timer — Background Sync (Chromium only) would add a second sender.
 * Where IndexedDB is missing (private modes of old browsers), the line lives in memory for the visit.
 */
import { memoryStore, type OutboxStore, type QueuedCheckIn } from './outbox';

const DB = 'habit-tracker';
const STORE = 'outbox';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
  return promised(request);
}

export function indexedDbStore(): OutboxStore {
  if (typeof indexedDB === 'undefined') return memoryStore();
  let db: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => {
    db ??= open();
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    all: async () => promised((await store('readonly')).getAll() as IDBRequest<QueuedCheckIn[]>),
    get: async (key) => promised((await store('readonly')).get(key) as IDBRequest<QueuedCheckIn | undefined>),
    put: async (entry) => void (await promised((await store('readwrite')).put(entry))),
    delete: async (key) => void (await promised((await store('readwrite')).delete(key))),
  };
}
