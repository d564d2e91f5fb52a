import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from './fieldErrors';

describe('placing field errors', () => {
  it('puts every error on a field the form has next to that field', () => {
    const placed = placeFieldErrors({ name: 'must not be blank', 'schedule.times': 'must be between 1 and 7' }, ['name', 'schedule.times']);
    expect(placed).toEqual({ fields: { name: 'must not be blank', 'schedule.times': 'must be between 1 and 7' }, other: [] });
  });

  it('keeps the errors of fields the form lacks, named, for the top of the form', () => {
    const placed = placeFieldErrors({ name: 'too long', owner: 'unknown', _: 'The body is not valid' }, ['name']);
    expect(placed.fields).toEqual({ name: 'too long' });
    expect(placed.other).toEqual(['owner: unknown', 'The body is not valid']);
  });

  it('sends an error on a whole object to the input its alias names, joined with one already there', () => {
    const placed = placeFieldErrors({ 'schedule.type': 'unknown', schedule: 'missing' }, ['schedule.type'], { schedule: 'schedule.type' });
    expect(placed.fields).toEqual({ 'schedule.type': 'unknown; missing' });
  });
});
