/** Runs an API call and reports failures the way every screen does: 401 is handled globally, the rest toast. */
import { useCallback } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { useToasts } from './toasts';

export function useReportError(): (error: unknown) => void {
  const toasts = useToasts();
  return useCallback(
    (error: unknown) => {
      // A lost session already sent the user to log in; a toast on top would only add noise.
      if (error instanceof ApiError && error.status === 401) return;
      if (error instanceof DOMException && error.name === 'AbortError') return;
      toasts.show(errorMessage(error));
    },
    [toasts],
  );
}
