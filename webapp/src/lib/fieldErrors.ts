/**
 * Field messages keyed by the API's field paths (`schedule.times`), and where a form shows them: next
 * to its own input when it has one, at the top otherwise. No message the server sent is dropped.
 */
export type FieldErrors = Record<string, string>;

export interface PlacedErrors {
  /** Messages for inputs the form has, keyed by the field the input shows. */
  fields: FieldErrors;
  /** Everything else, worded to stand alone (`owner: must not be empty`). */
  other: string[];
}

/**
 * Splits field errors into the form's inputs and the rest. `aliases` sends an error on one path to the
 * input of another (an error on the whole `schedule` object is shown by the schedule picker).
 */
export function placeFieldErrors(
  fieldErrors: FieldErrors,
  inputs: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): PlacedErrors {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors)) {
    const target = aliases[field] ?? field;
    if (inputs.includes(target)) fields[target] = fields[target] ? `${fields[target]}; ${message}` : message;
    else other.push(field === '_' ? message : `${field}: ${message}`);
  }
  return { fields, other };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
