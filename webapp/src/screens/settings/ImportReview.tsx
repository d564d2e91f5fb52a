/**
 * The question before an import: what the file holds, which of its habits are already here (skip them or
 * import them as copies) and which of the user's settings it would change (keep them or take the file's).
 * Each question is asked only when it arises; the safe answers (skip, keep) are chosen to begin with.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ImportOptions, ImportPreview, ImportSettingChange } from '../../api/types';

const SETTING_LABELS: Record<ImportSettingChange['name'], string> = {
  timeZone: 'Time zone',
  dayStartHour: 'A new day starts at',
  weekStart: 'Weeks start on',
};

/** A setting's value as the settings form shows it: "02:00", "Sunday", "Asia/Tokyo". */
export function settingValue(change: ImportSettingChange, value: string): string {
  switch (change.name) {
    case 'dayStartHour':
      return `${value.padStart(2, '0')}:00`;
    case 'weekStart':
      return value.charAt(0) + value.slice(1).toLowerCase();
    default:
      return value;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "5 habits, 3 already here" — the file in one line. */
export function describePreview(preview: ImportPreview): string {
  const parts = [count(preview.habitCount, 'habit', 'habits'), count(preview.checkIns, 'check-in', 'check-ins')];
  if (preview.pauses > 0) parts.push(count(preview.pauses, 'pause', 'pauses'));
  if (preview.alreadyHere > 0) parts.push(`${preview.alreadyHere} already here`);
  return parts.join(', ');
}

interface Props {
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  onImport: (options: ImportOptions) => void;
  onCancel: () => void;
}

export function ImportReview({ fileName, preview, busy, onImport, onCancel }: Props) {
  const [duplicates, setDuplicates] = useState<ImportOptions['duplicates']>('skip');
  const [settings, setSettings] = useState<ImportOptions['settings']>('keep');
  const heading = useRef<HTMLHeadingElement>(null);
  const already = preview.habits.filter((habit) => habit.alreadyHereAs !== undefined).map((habit) => habit.name);
  const adds = duplicates === 'skip' ? preview.habitCount - preview.alreadyHere : preview.habitCount;

  // The question replaces the file button the user just used: move there, so a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onImport({ duplicates: preview.alreadyHere > 0 ? duplicates : 'copy', settings: preview.settings.length > 0 ? settings : 'keep' });
  };

  return (
    <form className="import-review" aria-labelledby="import-review-title" onSubmit={submit}>
      <h3 id="import-review-title" ref={heading} tabIndex={-1}>
        Import {fileName}?
      </h3>
      <p data-testid="import-summary">{describePreview(preview)}.</p>
      {preview.alreadyHere > 0 && (
        <fieldset>
          <legend>
            {preview.alreadyHere === 1 ? '1 habit is' : `${preview.alreadyHere} habits are`} already here: {already.join(', ')}
          </legend>
          <div className="radio-row">
            <label className="chip">
              <input type="radio" name="import-duplicates" value="skip" checked={duplicates === 'skip'} onChange={() => setDuplicates('skip')} />
              <span>Skip {preview.alreadyHere === 1 ? 'it' : 'them'}</span>
            </label>
            <label className="chip">
              <input type="radio" name="import-duplicates" value="copy" checked={duplicates === 'copy'} onChange={() => setDuplicates('copy')} />
              <span>Import as copies</span>
            </label>
          </div>
        </fieldset>
      )}
      {preview.settings.length > 0 && (
        <fieldset>
          <legend>The file’s settings differ from yours</legend>
          <ul className="import-settings">
            {preview.settings.map((change) => (
              <li key={change.name}>
                {SETTING_LABELS[change.name]}: yours {settingValue(change, change.yours)}, the file’s {settingValue(change, change.file)}
              </li>
            ))}
          </ul>
          <div className="radio-row">
            <label className="chip">
              <input type="radio" name="import-settings" value="keep" checked={settings === 'keep'} onChange={() => setSettings('keep')} />
              <span>Keep mine</span>
            </label>
            <label className="chip">
              <input type="radio" name="import-settings" value="replace" checked={settings === 'replace'} onChange={() => setSettings('replace')} />
              <span>Use the file’s</span>
            </label>
          </div>
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Importing…' : adds > 0 ? `Import ${count(adds, 'habit', 'habits')}` : 'Import'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
