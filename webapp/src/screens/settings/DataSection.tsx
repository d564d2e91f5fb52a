/**
 * Data out (our JSON) and in: our JSON export back, or a Loop Habit Tracker backup. A chosen file is previewed
 * first (the server says which habits are already here and which settings would change), then imported.
 */
import { useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client';
import { api, type ImportBody } from '../../api/endpoints';
import type { ImportOptions, ImportPreview, ImportReport } from '../../api/types';
import { useSession } from '../../app/session';
import { useReportError } from '../../app/useApiCall';
import { describeImportError, readImportFile } from '../../lib/importFile';
import { ImportReview } from './ImportReview';

/** "Imported 2 habits, 40 check-ins, 1 pauses, 0 milestones." from the server's import report, and what it skipped. */
export function describeImport(report: ImportReport): string {
  const took = `Imported ${report.habits} habits, ${report.checkIns} check-ins, ${report.pauses} pauses, ${report.milestones} milestones.`;
  return report.skipped > 0 ? `${took} Skipped ${report.skipped} already here.` : took;
}

/** A file read and previewed, waiting for the user's answers. */
interface Review {
  fileName: string;
  file: ImportBody;
  preview: ImportPreview;
}

/** Why an import was refused: one sentence, and every complaint about the file (at most this many). */
interface ImportProblem {
  summary: string;
  details: string[];
}
const MAX_DETAILS = 20;

function importProblemOf(error: ApiError): ImportProblem {
  const details = (error.problem?.errors ?? [])
    .filter((e) => e && typeof e.message === 'string')
    .map((e) => describeImportError(typeof e.field === 'string' ? e.field : '', e.message));
  // With a list of complaints the server's detail only repeats them, joined; count them instead.
  const summary =
    error.status === 413
      ? 'That file is larger than the server takes (5 MiB).'
      : details.length > 0
        ? `Nothing was imported: the file has ${details.length === 1 ? 'a mistake' : `${details.length} mistakes`}.`
        : `Nothing was imported. ${error.message}`;
  return { summary, details };
}

export function DataSection() {
  const session = useSession();
  const reportError = useReportError();
  const [importResult, setImportResult] = useState<string | null>(null);
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const [importing, setImporting] = useState(false);
  const [review, setReview] = useState<Review | null>(null);

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

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setImportResult(null);
    setImportProblem(null);
    setReview(null);
    if (!file) return;
    setImporting(true);
    try {
      const read = await readImportFile(file);
      if (read.kind === 'refused') {
        setImportProblem({ summary: read.reason, details: [] });
        return;
      }
      setReview({ fileName: file.name, file: read, preview: await api.previewImport(read) });
    } catch (error) {
      refused(error);
    } finally {
      setImporting(false);
    }
  };

  const importReviewed = async (reviewed: Review, options: ImportOptions) => {
    setImporting(true);
    try {
      const report = await api.importFile(reviewed.file, options);
      setReview(null);
      setImportResult(`${describeImport(report)} (from ${reviewed.fileName})`);
      if (options.settings === 'replace') api.profile().then(session.setProfile, () => undefined);
    } catch (error) {
      setReview(null);
      refused(error);
    } finally {
      setImporting(false);
    }
  };

  const refused = (error: unknown) => {
    if (error instanceof ApiError && error.status !== 401 && error.status < 500) setImportProblem(importProblemOf(error));
    else reportError(error);
  };

  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Download everything as JSON. Import brings back such an export, or your habits from Loop Habit Tracker (in Loop:
        Settings → Export as CSV gives a .zip). An import is all or nothing, up to 5 MiB.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void exportData()}>
          Export data
        </button>
        <label className={`button file-button${importing && !review ? ' is-busy' : ''}`}>
          {importing && !review ? 'Reading…' : 'Import a file…'}
          <input
            type="file"
            accept=".json,.zip,application/json,application/zip"
            className="sr-only"
            disabled={importing}
            aria-describedby="import-formats"
            onChange={(e) => void pick(e)}
          />
        </label>
      </div>
      <p id="import-formats" className="field-hint">
        A Habit Tracker .json export or a Loop Habit Tracker .zip
      </p>
      {review && (
        <ImportReview
          key={review.fileName}
          fileName={review.fileName}
          preview={review.preview}
          busy={importing}
          onImport={(options) => void importReviewed(review, options)}
          onCancel={() => setReview(null)}
        />
      )}
      <div role="status" aria-live="polite">
        {importResult && <p className="success">{importResult}</p>}
      </div>
      {importProblem && (
        <div className="form-alert import-problem" role="alert">
          <p>{importProblem.summary}</p>
          {importProblem.details.length > 0 && (
            <ul>
              {importProblem.details.slice(0, MAX_DETAILS).map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
              {importProblem.details.length > MAX_DETAILS && <li>…and {importProblem.details.length - MAX_DETAILS} more</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
