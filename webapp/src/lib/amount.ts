/** The amount of a measured habit, as typed on the board and in the day editor. */
import { formatAmount } from './format';

/**
 * The amount a text stands for: empty means the target (checking in without a number meets the goal);
 * null when it is not a number of 0 or more.
 */
export function amountFrom(text: string, target: number): number | null {
  if (text.trim() === '') return target;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The attributes of an amount input: a decimal keypad, nothing below 0, the target as a hint. */
export function amountInputProps(target: number) {
  return { type: 'number', inputMode: 'decimal', min: 0, step: 'any', placeholder: formatAmount(target) } as const;
}
