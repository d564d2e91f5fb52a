/**
 * Short messages for what has no field to sit next to: failures (network, server) and confirmations
 * with an Undo. A toast's time does not run out while the pointer or the keyboard focus is on it, so
 * there is time to reach its button.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'error' | 'info';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastOptions {
  /** A button in the toast (Undo); pressing it runs the action and closes the toast. */
  action?: ToastAction;
  /** A toast with the same key replaces the one shown (a second check-in of a day replaces the first's Undo). */
  key?: string;
}

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  key: string;
  action?: ToastAction;
}

interface Toasts {
  show: (message: string, kind?: ToastKind, options?: ToastOptions) => void;
  /** Closes the toast shown under a key, if any. */
  dismiss: (key: string) => void;
}

const ToastContext = createContext<Toasts | null>(null);

export function ToastProvider({ children, timeoutMs = 6000 }: { children: ReactNode; timeoutMs?: number }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const remove = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const dismiss = useCallback((key: string) => setToasts((all) => all.filter((t) => t.key !== key)), []);
  const show = useCallback((message: string, kind: ToastKind = 'error', options: ToastOptions = {}) => {
    const id = nextId.current++;
    // The same message (or key) twice in a row is shown once.
    const key = options.key ?? message;
    const toast: Toast = { id, kind, message, key, ...(options.action ? { action: options.action } : {}) };
    setToasts((all) => [...all.filter((t) => t.key !== key), toast]);
  }, []);
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} timeoutMs={timeoutMs} remove={remove} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, timeoutMs, remove }: { toast: Toast; timeoutMs: number; remove: (id: number) => void }) {
  const [held, setHeld] = useState(false);
  const { id } = toast;
  const onClose = useCallback(() => remove(id), [remove, id]);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(onClose, timeoutMs);
    return () => window.clearTimeout(timer);
  }, [held, timeoutMs, onClose]);

  return (
    <div
      className={`toast toast-${toast.kind}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onClose();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss message" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts outside ToastProvider');
  return toasts;
}
