/**
 * Personal API tokens for scripts and automations: the list (never a secret), creating one (its secret
 * is shown once, announced and easy to copy), and revoking one after a confirmation.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { ApiToken, CreatedApiToken } from '../../api/types';
import { useSession } from '../../app/session';
import { useToasts } from '../../app/toasts';
import { useReportError } from '../../app/useApiCall';
import { useFormErrors } from '../../app/useFormErrors';
import { Dialog } from '../../components/Dialog';
import { FormActions, FormAlert, TextAreaField, TextField } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { formatInstant } from '../../lib/dates';
import type { FieldErrors } from '../../lib/fieldErrors';

const INPUTS = ['name'] as const;
export const TOKEN_NAME_MAX = 100;

export function validateTokenName(name: string): FieldErrors {
  const trimmed = name.trim();
  if (!trimmed) return { name: 'Give the token a name, such as the script that will use it' };
  if (trimmed.length > TOKEN_NAME_MAX) return { name: `Use at most ${TOKEN_NAME_MAX} characters` };
  return {};
}

export function ApiTokensSection() {
  const { profile } = useSession();
  const toasts = useToasts();
  const reportError = useReportError();
  const form = useFormErrors(INPUTS);
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<'copy' | 'list' | null>(null);

  const load = useCallback(async () => {
    try {
      setTokens(await api.tokens());
      setFailed(false);
    } catch (error) {
      setFailed(true);
      reportError(error);
    }
  }, [reportError]);

  useEffect(() => {
    void load();
  }, [load]);

  // Focus moves once the new content is on screen: to the secret's copy button after creating a
  // token, to the list after revoking one (the button that opened the confirmation is gone).
  useEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = null;
    if (target === 'copy') copyButton.current?.focus();
    else if (target === 'list') listHeading.current?.focus();
  });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const made = await form.submit(validateTokenName(name), () => api.createToken(name.trim()).then(setCreated), reportError);
    if (!made) return;
    setName('');
    focusAfterRender.current = 'copy';
    await load();
  };

  const revoke = async (token: ApiToken) => {
    try {
      await api.revokeToken(token.id);
      toasts.show(`Token “${token.name}” revoked.`, 'info');
    } catch (error) {
      // Already gone (revoked in another tab): the list below simply catches up.
      if (!(error instanceof ApiError && error.status === 404)) {
        reportError(error);
        return;
      }
    } finally {
      setRevoking(null);
    }
    if (created?.id === token.id) setCreated(null);
    setTokens((all) => all?.filter((t) => t.id !== token.id) ?? null);
    focusAfterRender.current = 'list';
  };

  const when = (instant: string) => formatInstant(instant, profile?.timeZone);

  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">
        Scripts and automations can use the API with a personal token, sent as <code>Authorization: Bearer &lt;token&gt;</code>.
        A token can read and change all your habits: keep it like a password, and revoke it when it is no longer used.
      </p>

      <form noValidate className="token-form" onSubmit={(event) => void create(event)}>
        <FormAlert message={form.formError} />
        <TextField
          label="Token name"
          name="tokenName"
          autoComplete="off"
          maxLength={TOKEN_NAME_MAX}
          hint={`What will use it, e.g. “Home Assistant”. Up to ${TOKEN_NAME_MAX} characters; at most 20 tokens.`}
          value={name}
          error={form.errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <FormActions submit="Create token" busy={form.busy} busyLabel="Creating…" />
      </form>

      <NewTokenSecret
        token={created}
        copyButton={copyButton}
        onDone={() => {
          setCreated(null);
          focusAfterRender.current = 'list';
        }}
      />

      <h3 id="token-list-title" ref={listHeading} tabIndex={-1}>
        Your tokens
      </h3>
      {tokens === null ? (
        <Loading failed={failed} what="your tokens" onRetry={() => void load()} />
      ) : tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <ul className="simple-list" aria-labelledby="token-list-title">
          {tokens.map((token) => (
            <li key={token.id} data-testid="token-row" data-token-name={token.name}>
              <div>
                <strong>{token.name}</strong>
                <p className="muted">
                  Created <time dateTime={token.createdAt}>{when(token.createdAt)}</time>
                  {' · '}
                  {token.lastUsedAt ? (
                    <>
                      last used <time dateTime={token.lastUsedAt}>{when(token.lastUsedAt)}</time>
                    </>
                  ) : (
                    'never used'
                  )}
                </p>
              </div>
              <button type="button" className="button" aria-label={`Revoke token ${token.name}`} onClick={() => setRevoking(token)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}

      {revoking && (
        <Dialog title={`Revoke “${revoking.name}”?`} onClose={() => setRevoking(null)}>
          <p>Whatever uses this token stops working at once. This cannot be undone.</p>
          {/* Cancel comes first so that it, not the destructive button, has focus when the dialog opens. */}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setRevoking(null)}>
              Cancel
            </button>
            <button type="button" className="button button-danger" onClick={() => void revoke(revoking)}>
              Revoke token
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The secret of a token just created. The polite live region stays in the page, so its words are
 * announced when a secret arrives; the secret itself sits in a read-only field (focusable, selectable,
 * wrapped so all of it shows on a phone) rather than being read out.
 */
function NewTokenSecret({
  token,
  copyButton,
  onDone,
}: {
  token: CreatedApiToken | null;
  copyButton: RefObject<HTMLButtonElement | null>;
  onDone: () => void;
}) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  const secret = token?.token;

  useEffect(() => setCopy('idle'), [secret]);

  const copyToClipboard = async () => {
    if (!secret) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard here (an older browser, or permission refused): select it for the keyboard.
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className={token ? 'token-secret' : undefined}>
      <div role="status" aria-live="polite">
        {token && (
          <>
            <p>
              <strong>Token “{token.name}” created.</strong> Copy it now: you won’t see it again.
            </p>
            {copy === 'copied' && <p className="success">Copied to the clipboard.</p>}
            {copy === 'failed' && <p>Copying did not work here: the token is selected, press Ctrl+C (⌘C on a Mac).</p>}
          </>
        )}
      </div>
      {token && (
        <>
          <TextAreaField
            ref={field}
            label="Your new token"
            name="newToken"
            className="token-value"
            rows={2}
            readOnly
            spellCheck={false}
            value={token.token}
            onFocus={(e) => e.target.select()}
          />
          <div className="form-actions">
            <button type="button" className="button button-primary" ref={copyButton} onClick={() => void copyToClipboard()}>
              {copy === 'copied' ? 'Copied' : 'Copy token'}
            </button>
            <button type="button" className="button" onClick={onDone}>
              Done
            </button>
          </div>
        </>
      )}
    </div>
  );
}
