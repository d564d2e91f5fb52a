import { describe, expect, it } from 'vitest';
import { amountFrom } from './amount';

describe('the amount typed for a measured habit', () => {
  it('is the target when nothing is typed', () => {
    expect(amountFrom('  ', 20)).toBe(20);
  });

  it('is the number typed, fractions and zero included', () => {
    expect(amountFrom('12.5', 20)).toBe(12.5);
    expect(amountFrom('0', 20)).toBe(0);
  });

  it('is nothing for a negative number or text that is not a number', () => {
    expect(amountFrom('-1', 20)).toBeNull();
    expect(amountFrom('lots', 20)).toBeNull();
  });
});
