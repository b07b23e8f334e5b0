import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { adminSession, authRoutes, mockApi, userSession } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const codeBlocks = () => screen.getAllByRole('code').map((el) => el.textContent ?? '');
const allCode = () =>
  Array.from(document.querySelectorAll('pre code'))
    .map((el) => el.textContent ?? '')
    .join('\n---\n');

describe('usage guide', () => {
  it('fills this deployment’s URL into the Claude Code setup', async () => {
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/usage-guide' });
    await screen.findByRole('tab', { name: 'Claude Code' });
    const origin = window.location.origin;
    expect(allCode()).toContain(`export ANTHROPIC_BASE_URL="${origin}"`);
    expect(allCode()).toContain('export ANTHROPIC_AUTH_TOKEN="sk-your-api-key"');
    expect(allCode()).toContain(`"ANTHROPIC_BASE_URL": "${origin}"`);
    expect(screen.getByText('~/.claude/settings.json')).toBeTruthy();
    expect(codeBlocks().length).toBeGreaterThan(0);
  });

  it('uses the pasted key and PowerShell syntax on request', async () => {
    mockApi(authRoutes(userSession));
    renderApp({ path: '/usage-guide' });
    const key = await screen.findByLabelText('Your API key (optional)');
    fireEvent.change(key, { target: { value: ' sk-abc123 ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Windows (PowerShell)' }));
    const origin = window.location.origin;
    await waitFor(() => expect(allCode()).toContain(`$env:ANTHROPIC_BASE_URL = "${origin}"`));
    expect(allCode()).toContain('$env:ANTHROPIC_AUTH_TOKEN = "sk-abc123"');
    expect(allCode()).not.toContain('export ');
    expect(screen.getByText('%USERPROFILE%\\.claude\\settings.json')).toBeTruthy();
  });

  it('configures Codex with the Responses wire API at /v1 and Gemini with its base URL', async () => {
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/usage-guide' });
    const origin = window.location.origin;
    const codexTab = await screen.findByRole('tab', { name: 'Codex CLI' });
    fireEvent.mouseDown(codexTab);
    fireEvent.click(codexTab);
    const codex = await screen.findByRole('tabpanel', { name: 'Codex CLI' });
    const codexText = within(codex).getAllByText(/model_providers\.cch/)[0]?.textContent ?? '';
    expect(codexText).toContain(`base_url = "${origin}/v1"`);
    expect(codexText).toContain('wire_api = "responses"');
    expect(codexText).toContain('env_key = "CCH_API_KEY"');
    expect(codexText).toContain('model_provider = "cch"');
    expect(within(codex).getByText(/export CCH_API_KEY="sk-your-api-key"/)).toBeTruthy();

    const geminiTab = screen.getByRole('tab', { name: 'Gemini CLI' });
    fireEvent.mouseDown(geminiTab);
    fireEvent.click(geminiTab);
    const gemini = await screen.findByRole('tabpanel', { name: 'Gemini CLI' });
    expect(within(gemini).getByText(new RegExp(`export GOOGLE_GEMINI_BASE_URL="${origin}"`))).toBeTruthy();
    expect(within(gemini).getByText(/export GEMINI_API_KEY=/)).toBeTruthy();
    expect(within(gemini).getByText(/"selectedType": "gemini-api-key"/)).toBeTruthy();
  });

  it('copies a snippet to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/usage-guide' });
    const panel = await screen.findByRole('tabpanel', { name: 'Claude Code' });
    const buttons = within(panel).getAllByRole('button', { name: 'Copy' });
    fireEvent.click(buttons[1] as HTMLElement); // step 2: the environment variables
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const origin = window.location.origin;
    expect(writeText).toHaveBeenCalledWith(
      `export ANTHROPIC_BASE_URL="${origin}"\nexport ANTHROPIC_AUTH_TOKEN="sk-your-api-key"\nclaude`,
    );
    expect(await within(panel).findAllByText('Copied')).not.toHaveLength(0);
  });
});
