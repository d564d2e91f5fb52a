import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../api/types';
import { ImportReview, describePreview, settingValue } from './ImportReview';

const preview: ImportPreview = {
  habitCount: 1,
  alreadyHere: 1,
  checkIns: 1,
  pauses: 0,
  habits: [{ name: 'Run', alreadyHereAs: 'h1' }],
  settings: [{ name: 'dayStartHour', yours: '0', file: '2' }],
};

describe('the import question', () => {
  it('words the file in one line, counting one as one', () => {
    expect(describePreview(preview)).toBe('1 habit, 1 check-in, 1 already here');
  });

  it('shows settings as the settings form does', () => {
    expect(settingValue(preview.settings[0]!, '2')).toBe('02:00');
    expect(settingValue({ name: 'weekStart', yours: 'MONDAY', file: 'SUNDAY' }, 'SUNDAY')).toBe('Sunday');
    expect(settingValue({ name: 'timeZone', yours: 'UTC', file: 'Asia/Tokyo' }, 'Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('takes the focus to its heading when it opens, for keyboard and screen reader users', () => {
    render(<ImportReview fileName="a.json" preview={preview} busy={false} onImport={vi.fn()} onCancel={vi.fn()} />);

    expect(screen.getByRole('heading', { name: 'Import a.json?' })).toHaveFocus();
  });

  it('says importing and takes no second answer while the import runs', () => {
    render(<ImportReview fileName="a.json" preview={preview} busy onImport={vi.fn()} onCancel={vi.fn()} />);

    expect(screen.getByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('asks for the one habit already here in the singular', () => {
    render(<ImportReview fileName="a.json" preview={preview} busy={false} onImport={vi.fn()} onCancel={vi.fn()} />);

    expect(screen.getByRole('group', { name: '1 habit is already here: Run' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Skip it' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
  });
});
