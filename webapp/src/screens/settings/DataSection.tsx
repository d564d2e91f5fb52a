/** Data out (our JSON) and back in. */
import { useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { useReportError } from '../../app/useApiCall';
import { FormAlert } from '../../components/Field';

const IMPORT_WORDS: Record<string, string> = {
  habits: 'habits',
  checkIns: 'check-ins',
  pauses: 'pauses',
  milestones: 'milestones',
};

/** "Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones." from the server's import report. */
export function describeImport(report: Record<string, unknown> | undefined): string {
  const parts = Object.entries(report ?? {})
    .filter(([, value]) => typeof value === 'number')
    .map(([key, value]) => `${String(value)} ${IMPORT_WORDS[key] ?? key}`);
  return parts.length ? `Imported ${parts.join(', ')}.` : 'Imported.';
}

export function DataSection() {
  const session = useSession();
  const reportError = useReportError();
  const [importResult, setImportResult] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const exportData = async () => {
    try {
      const data = await api.exportData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `habit-tracker-${session.username ?? 'export'}-${session.today ?? 'data'}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      reportError(error);
    }
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setImportResult(null);
    setImportError(null);
    if (!file) return;
    try {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        setImportError('That file is not a Habit Tracker JSON export.');
        return;
      }
      const report = await api.importData(text);
      setImportResult(describeImport(report));
    } catch (error) {
      if (error instanceof ApiError) setImportError(error.message);
      else reportError(error);
    }
  };

  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Download everything as JSON, or bring a previous export back (all or nothing).</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void exportData()}>
          Export data
        </button>
        <label className="button file-button">
          Import data…
          <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void importData(e)} />
        </label>
      </div>
      {importResult && (
        <p role="status" className="success">
          {importResult}
        </p>
      )}
      <FormAlert message={importError} />
    </section>
  );
}
