/**
 * A form's messages and its request: its own checks first, then the request (busy meanwhile), then the
 * server's refusal placed next to the inputs it names (every message of a problem's `errors[]`, several
 * at once), the rest at the top.
 */
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import { hasErrors, placeFieldErrors, type FieldErrors } from '../lib/fieldErrors';

/** The statuses a form explains itself; anything else (5xx, network) is a toast. */
const REFUSALS = [400, 409, 422];

export interface FormErrors {
  errors: FieldErrors;
  formError: string | null;
  /** Shows the form's own findings; true when there are none and the form may be sent. */
  check: (found: FieldErrors) => boolean;
  /** Shows a refusal of the server in the form; false when the error is not one (report it elsewhere). */
  showRefusal: (error: unknown) => boolean;
  setErrors: (errors: FieldErrors) => void;
  setFormError: (message: string | null) => void;
  /** True while `submit`'s request runs. */
  busy: boolean;
  /**
   * Shows the form's findings; when there are none, runs `send`. A refusal lands in the form, any other
   * failure goes to `report`. True when it was sent and accepted.
   */
  submit: (found: FieldErrors, send: () => Promise<unknown>, report: (error: unknown) => void) => Promise<boolean>;
}

/** `inputs` (and `aliases`) must be constants: they say which field paths the form has an input for. */
export function useFormErrors(inputs: readonly string[], aliases?: Readonly<Record<string, string>>): FormErrors {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const check = useCallback((found: FieldErrors) => {
    setErrors(found);
    setFormError(null);
    return !hasErrors(found);
  }, []);

  const showRefusal = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError) || !REFUSALS.includes(error.status)) return false;
      const { fields, other } = placeFieldErrors(error.fieldErrors, inputs, aliases);
      setErrors(fields);
      setFormError(other.length > 0 ? other.join(' ') : hasErrors(fields) ? null : error.message);
      return true;
    },
    [inputs, aliases],
  );

  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (found: FieldErrors, send: () => Promise<unknown>, report: (error: unknown) => void) => {
      if (!check(found)) return false;
      setBusy(true);
      try {
        await send();
        return true;
      } catch (error) {
        if (!showRefusal(error)) report(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [check, showRefusal],
  );

  return { errors, formError, check, showRefusal, setErrors, setFormError, busy, submit };
}
