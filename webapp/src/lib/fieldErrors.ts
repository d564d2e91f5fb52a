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
    const sentence = asSentences(field, message);
    if (inputs.includes(target)) fields[target] = fields[target] ? `${fields[target]} ${sentence}` : sentence;
    else other.push(sentence);
  }
  return { fields, other };
}

/** How a field is named in a sentence; others are spelled out from their path (`goal.target` → "The target"). */
const SUBJECTS: Readonly<Record<string, string>> = {
  username: 'This username',
  password: 'The password',
  timeZone: 'The time zone',
  'schedule.times': 'The number of times',
  'schedule.type': 'The schedule',
  schedule: 'The schedule',
  from: 'The first day',
  to: 'The last day',
  '_': '',
};

function subjectOf(field: string): string {
  // A list's item (`days[1]`): the list, and which of it.
  const item = /^(.+)\[(\d+)\]$/.exec(field);
  if (item) return `${subjectOf(item[1]!)} (entry ${Number(item[2]) + 1})`;
  const known = SUBJECTS[field];
  if (known !== undefined) return known;
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words ? `The ${words}` : '';
}

/**
 * The server's messages as whole sentences: it says "is already taken" of `username`, the form says
 * "This username is already taken." A message that is a sentence already (capitalised) stays, with a stop.
 * Several messages for one field come joined with "; ".
 */
export function asSentences(field: string, message: string): string {
  return message
    .split('; ')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const subject = /^[a-z]/.test(part) ? subjectOf(field) : '';
      const text = subject ? `${subject} ${part}` : part.charAt(0).toUpperCase() + part.slice(1);
      return /[.!?]$/.test(text) ? text : `${text}.`;
    })
    .join(' ');
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
