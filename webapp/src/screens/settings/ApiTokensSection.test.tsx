import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../api/types';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { validateTokenName } from './ApiTokensSection';

const homeAssistant: ApiToken = { id: 't1', name: 'Home Assistant', createdAt: '2026-11-01T09:00:00Z', lastUsedAt: '2026-11-21T18:45:00Z' };
const backup: ApiToken = { id: 't2', name: 'Nightly backup', createdAt: '2026-11-20T22:00:00Z', lastUsedAt: null };

/** A server that keeps the tokens it is given and hands out a secret for each new one. */
function tokenServer(initial: ApiToken[]) {
  const tokens = [...initial];
  return mockFetch({
    ...signedIn,
    'GET /api/tokens': () => json({ tokens }),
    'POST /api/tokens': (request) => {
      const { name } = request.body as { name: string };
      const token = { id: `t${tokens.length + 10}`, name, createdAt: '2026-11-22T08:00:00Z', lastUsedAt: null };
      tokens.push(token);
      return json({ ...token, token: 'ht_s3cr3t-value-shown-once' }, 201);
    },
    'DELETE /api/tokens/t1': () => {
      tokens.splice(tokens.findIndex((t) => t.id === 't1'), 1);
      return { status: 204 };
    },
  });
}

const rowOf = (name: string) => screen.getAllByTestId('token-row').find((row) => row.dataset.tokenName === name)!;

describe('API tokens in settings', () => {
  it('lists each token with when it was made and last used, in the user’s zone', async () => {
    tokenServer([homeAssistant, backup]);
    renderApp('/settings');

    await waitFor(() => expect(screen.getAllByTestId('token-row')).toHaveLength(2));
    // The profile's zone is Europe/Berlin (UTC+1 in November).
    expect(rowOf('Home Assistant')).toHaveTextContent(/Created Nov 1, 2026, 10:00\sAM · last used Nov 21, 2026, 7:45\sPM/);
    expect(rowOf('Nightly backup')).toHaveTextContent('never used');
  });

  it('shows a new token’s secret once, announced, with focus on its copy button, and copies it', async () => {
    const user = userEvent.setup();
    const { requests } = tokenServer([]);
    renderApp('/settings');

    await screen.findByText('No tokens yet.');
    await user.type(screen.getByLabelText('Token name'), '  Shortcuts on my phone ');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const secret = await screen.findByLabelText('Your new token');
    expect(secret).toHaveValue('ht_s3cr3t-value-shown-once');
    expect(secret).toHaveAttribute('readonly');
    const announcement = screen.getAllByRole('status').find((region) => region.textContent?.includes('created'))!;
    expect(announcement).toHaveTextContent('Token “Shortcuts on my phone” created. Copy it now: you won’t see it again.');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ name: 'Shortcuts on my phone' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy token' })).toHaveFocus());
    expect(screen.getByLabelText('Token name')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe('ht_s3cr3t-value-shown-once');
    expect(announcement).toHaveTextContent('Copied to the clipboard.');

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByLabelText('Your new token')).not.toBeInTheDocument();
    expect(screen.queryByText(/ht_s3cr3t/)).not.toBeInTheDocument();
    expect(rowOf('Shortcuts on my phone')).toHaveTextContent('never used');
    expect(screen.getByRole('heading', { name: 'Your tokens' })).toHaveFocus();
  });

  it('needs a name of 1 to 100 characters before asking the server', async () => {
    expect(validateTokenName('   ').name).toMatch(/Give the token a name/);
    expect(validateTokenName('x'.repeat(101)).name).toBe('Use at most 100 characters');
    expect(validateTokenName(` ${'x'.repeat(100)} `)).toEqual({});

    const { requests } = tokenServer([]);
    renderApp('/settings');
    await screen.findByText('No tokens yet.');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(screen.getByLabelText('Token name')).toHaveAccessibleDescription(/Give the token a name/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('puts the server’s message about the name next to it, and the 20-token limit at the top', async () => {
    let answer = problem(400, { title: 'Validation failed', status: 400, errors: [{ field: 'name', message: 'must not contain control characters' }] });
    mockFetch({ ...signedIn, 'GET /api/tokens': json({ tokens: [] }), 'POST /api/tokens': () => answer });
    renderApp('/settings');
    await screen.findByText('No tokens yet.');

    await userEvent.type(screen.getByLabelText('Token name'), 'Cron');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await waitFor(() => expect(screen.getByLabelText('Token name')).toHaveAccessibleDescription(/must not contain control characters/));

    answer = problem(422, { title: 'Limit exceeded', status: 422, detail: 'You have 20 tokens already; revoke one first.' });
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You have 20 tokens already; revoke one first.');
    expect(screen.queryByLabelText('Your new token')).not.toBeInTheDocument();
  });

  it('revokes a token only after a confirmation, then gives focus to the list', async () => {
    const { requests } = tokenServer([homeAssistant, backup]);
    renderApp('/settings');
    await waitFor(() => expect(screen.getAllByTestId('token-row')).toHaveLength(2));

    const revoke = screen.getByRole('button', { name: 'Revoke token Home Assistant' });
    await userEvent.click(revoke);
    const dialog = screen.getByRole('dialog', { name: 'Revoke “Home Assistant”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(revoke).toHaveFocus();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await userEvent.click(revoke);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(screen.getAllByTestId('token-row')).toHaveLength(1));
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(['/api/tokens/t1']);
    expect(rowOf('Nightly backup')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your tokens' })).toHaveFocus();
    expect(await screen.findByText('Token “Home Assistant” revoked.')).toBeInTheDocument();
  });
});
