import { describe, expect, it } from 'vitest';
import { claudeSnippets, codexSnippets, geminiSnippets } from './snippets';

const origin = 'https://hub.example.com';

describe('client snippets', () => {
  it('sets Codex up with the Responses wire API and keeps the key in each shell', () => {
    const posix = codexSnippets({ origin, apiKey: 'sk-1', shell: 'posix' });
    expect(posix.config.code).toContain('base_url = "https://hub.example.com/v1"');
    expect(posix.env.code).toBe(`export CCH_API_KEY="sk-1"\necho 'export CCH_API_KEY="sk-1"' >> ~/.zshrc`);
    const windows = codexSnippets({ origin, apiKey: 'sk-1', shell: 'powershell' });
    expect(windows.env.code).toBe(
      '$env:CCH_API_KEY = "sk-1"\n[Environment]::SetEnvironmentVariable("CCH_API_KEY", "sk-1", "User")',
    );
    expect(windows.configPath).toBe('%USERPROFILE%\\.codex\\config.toml');
  });

  it('gives Claude Code and Gemini CLI the bare origin (they add their own paths)', () => {
    const claude = claudeSnippets({ origin, apiKey: 'sk-1', shell: 'posix' });
    expect(JSON.parse(claude.settings.code)).toEqual({
      env: { ANTHROPIC_BASE_URL: origin, ANTHROPIC_AUTH_TOKEN: 'sk-1' },
    });
    const gemini = geminiSnippets({ origin, apiKey: 'sk-1', shell: 'powershell' });
    expect(gemini.env.code).toBe(`$env:GOOGLE_GEMINI_BASE_URL = "${origin}"\n$env:GEMINI_API_KEY = "sk-1"\ngemini`);
    expect(JSON.parse(gemini.settings.code)).toEqual({ security: { auth: { selectedType: 'gemini-api-key' } } });
  });
});
