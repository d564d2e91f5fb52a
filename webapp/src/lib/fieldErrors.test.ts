import { describe, expect, it } from 'vitest';
import { asSentences, placeFieldErrors } from './fieldErrors';

describe('placing field errors', () => {
  it('puts every error on a field the form has next to that field', () => {
    const placed = placeFieldErrors({ name: 'must not be blank', 'schedule.times': 'must be between 1 and 7' }, ['name', 'schedule.times']);
    expect(placed).toEqual({ fields: { name: 'The name must not be blank.', 'schedule.times': 'The number of times must be between 1 and 7.' }, other: [] });
  });

  it('keeps the errors of fields the form lacks, named, for the top of the form', () => {
    const placed = placeFieldErrors({ name: 'too long', owner: 'unknown', _: 'The body is not valid' }, ['name']);
    expect(placed.fields).toEqual({ name: 'The name too long.' });
    expect(placed.other).toEqual(['The owner unknown.', 'The body is not valid.']);
  });

  it('sends an error on a whole object to the input its alias names, joined with one already there', () => {
    const placed = placeFieldErrors({ 'schedule.type': 'unknown', schedule: 'missing' }, ['schedule.type'], { schedule: 'schedule.type' });
    expect(placed.fields).toEqual({ 'schedule.type': 'The schedule unknown. The schedule missing.' });
  });

  it('words the server’s messages as whole sentences', () => {
    expect(asSentences('username', 'is already taken')).toBe('This username is already taken.');
    expect(asSentences('goal.target', 'must be at least 0')).toBe('The target must be at least 0.');
    expect(asSentences('days[2]', 'is repeated')).toBe('The days (entry 3) is repeated.');
    expect(asSentences('startDate', 'must not be before 2000-01-01')).toBe('The start date must not be before 2000-01-01.');
    expect(asSentences('name', 'Give the habit a name')).toBe('Give the habit a name.');
    expect(asSentences('name', 'must not be blank; is too long')).toBe('The name must not be blank. The name is too long.');
  });
});
