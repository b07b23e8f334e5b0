/** Which shell the snippets are written for. */
export type Shell = 'posix' | 'powershell';
export type Client = 'claude' | 'codex' | 'gemini';

export interface SnippetContext {
  /** The gateway's public origin, e.g. https://hub.example.com (no trailing slash). */
  origin: string;
  /** The user's key, or a placeholder when none was pasted. */
  apiKey: string;
  shell: Shell;
}

export interface Snippet {
  code: string;
  /** Caption on the code block. */
  language: string;
}

export const KEY_PLACEHOLDER = 'sk-your-api-key';
/** The environment variable Codex reads the key from (named in config.toml's env_key). */
export const CODEX_KEY_VARIABLE = 'CCH_API_KEY';

const shellLanguage = (shell: Shell) => (shell === 'posix' ? 'bash' : 'powershell');

/** Lines that set environment variables for the current terminal, then an optional command. */
function setEnv(shell: Shell, variables: [string, string][], command?: string): Snippet {
  const lines = variables.map(([name, value]) =>
    shell === 'posix' ? `export ${name}="${value}"` : `$env:${name} = "${value}"`,
  );
  if (command) lines.push(command);
  return { code: lines.join('\n'), language: shellLanguage(shell) };
}

function shellCommand(shell: Shell, command: string): Snippet {
  return { code: command, language: shellLanguage(shell) };
}

/** The user-level config file path, spelled for the chosen shell. */
export function configPath(shell: Shell, relative: string): string {
  return shell === 'posix' ? `~/${relative}` : `%USERPROFILE%\\${relative.replaceAll('/', '\\')}`;
}

export function claudeSnippets({ origin, apiKey, shell }: SnippetContext) {
  return {
    install: shellCommand(shell, 'npm install -g @anthropic-ai/claude-code'),
    env: setEnv(
      shell,
      [
        ['ANTHROPIC_BASE_URL', origin],
        ['ANTHROPIC_AUTH_TOKEN', apiKey],
      ],
      'claude',
    ),
    settingsPath: configPath(shell, '.claude/settings.json'),
    settings: {
      language: 'json',
      code: JSON.stringify({ env: { ANTHROPIC_BASE_URL: origin, ANTHROPIC_AUTH_TOKEN: apiKey } }, null, 2),
    },
    verify: shellCommand(shell, 'claude -p "say hi"'),
  };
}

export function codexSnippets({ origin, apiKey, shell }: SnippetContext) {
  // The second line keeps the key for new terminals (the step's text says so, in the user's language).
  const persist =
    shell === 'posix'
      ? `echo 'export ${CODEX_KEY_VARIABLE}="${apiKey}"' >> ~/.zshrc`
      : `[Environment]::SetEnvironmentVariable("${CODEX_KEY_VARIABLE}", "${apiKey}", "User")`;
  const env = setEnv(shell, [[CODEX_KEY_VARIABLE, apiKey]]);
  return {
    install: shellCommand(shell, 'npm install -g @openai/codex'),
    configPath: configPath(shell, '.codex/config.toml'),
    config: {
      language: 'toml',
      code: [
        'model_provider = "cch"',
        'model = "gpt-5-codex"',
        '',
        '[model_providers.cch]',
        'name = "Claude Code Hub"',
        `base_url = "${origin}/v1"`,
        `env_key = "${CODEX_KEY_VARIABLE}"`,
        'wire_api = "responses"',
      ].join('\n'),
    },
    env: { ...env, code: `${env.code}\n${persist}` },
    verify: shellCommand(shell, 'codex exec --skip-git-repo-check "say hi"'),
  };
}

export function geminiSnippets({ origin, apiKey, shell }: SnippetContext) {
  return {
    install: shellCommand(shell, 'npm install -g @google/gemini-cli'),
    settingsPath: configPath(shell, '.gemini/settings.json'),
    settings: {
      language: 'json',
      code: JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }, null, 2),
    },
    env: setEnv(
      shell,
      [
        ['GOOGLE_GEMINI_BASE_URL', origin],
        ['GEMINI_API_KEY', apiKey],
      ],
      'gemini',
    ),
    // Headless in a folder never trusted interactively, Gemini CLI exits 55 without --skip-trust.
    verify: shellCommand(shell, 'gemini --skip-trust -m gemini-2.5-flash -p "say hi"'),
  };
}
