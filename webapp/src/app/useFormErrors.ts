/**
 * A form's messages: its own checks before a request, then the server's refusal placed next to the
 * inputs it names (every message of a problem's `errors[]`, several at once), the rest at the top.
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

  return { errors, formError, check, showRefusal, setErrors, setFormError };
}
