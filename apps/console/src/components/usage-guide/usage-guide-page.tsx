import { Bot, Sparkles, SquareTerminal } from 'lucide-react';
import { ToggleGroup } from 'radix-ui';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { Card } from '../ui/card';
import { CodeBlock } from '../ui/code-block';
import { CopyButton } from '../ui/copy-button';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { PageHeader } from '../ui/page-header';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../ui/tabs';
import {
  type Client,
  claudeSnippets,
  codexSnippets,
  geminiSnippets,
  KEY_PLACEHOLDER,
  type Shell,
  type Snippet,
  type SnippetContext,
} from './snippets';
import { cn } from '../ui/cn';

interface Step {
  title: MessageKey;
  description: MessageKey;
  /** A config file the snippet belongs in. */
  path?: string;
  snippet: Snippet;
}

function stepsFor(client: Client, context: SnippetContext): Step[] {
  const install = {
    title: 'page.usageGuide.install.title',
    description: 'page.usageGuide.install.description',
  } as const;
  const verify = { title: 'page.usageGuide.verify.title', description: 'page.usageGuide.verify.description' } as const;
  if (client === 'claude') {
    const s = claudeSnippets(context);
    return [
      { ...install, snippet: s.install },
      {
        title: 'page.usageGuide.claude.env.title',
        description: 'page.usageGuide.claude.env.description',
        snippet: s.env,
      },
      {
        title: 'page.usageGuide.claude.settings.title',
        description: 'page.usageGuide.claude.settings.description',
        path: s.settingsPath,
        snippet: s.settings,
      },
      { ...verify, snippet: s.verify },
    ];
  }
  if (client === 'codex') {
    const s = codexSnippets(context);
    return [
      { ...install, snippet: s.install },
      {
        title: 'page.usageGuide.codex.config.title',
        description: 'page.usageGuide.codex.config.description',
        path: s.configPath,
        snippet: s.config,
      },
      {
        title: 'page.usageGuide.codex.env.title',
        description: 'page.usageGuide.codex.env.description',
        snippet: s.env,
      },
      { ...verify, snippet: s.verify },
    ];
  }
  const s = geminiSnippets(context);
  return [
    { ...install, snippet: s.install },
    {
      title: 'page.usageGuide.gemini.settings.title',
      description: 'page.usageGuide.gemini.settings.description',
      path: s.settingsPath,
      snippet: s.settings,
    },
    {
      title: 'page.usageGuide.gemini.env.title',
      description: 'page.usageGuide.gemini.env.description',
      snippet: s.env,
    },
    { ...verify, snippet: s.verify },
  ];
}

const CLIENTS: { id: Client; label: string; icon: typeof Bot }[] = [
  { id: 'claude', label: 'Claude Code', icon: Sparkles },
  { id: 'codex', label: 'Codex CLI', icon: SquareTerminal },
  { id: 'gemini', label: 'Gemini CLI', icon: Bot },
];

/** "File: <code>path</code>", keeping the translation's word order. */
const SHELLS: { id: Shell; label: MessageKey }[] = [
  { id: 'posix', label: 'page.usageGuide.shell.posix' },
  { id: 'powershell', label: 'page.usageGuide.shell.powershell' },
];

function FilePath({ path }: { path: string }) {
  const t = useT();
  const [before = '', after = ''] = t('page.usageGuide.file', { path: '\u0000' }).split('\u0000');
  return (
    <p className="text-xs break-all text-zinc-500 dark:text-zinc-400">
      {before}
      <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
        {path}
      </code>
      {after}
    </p>
  );
}

function Steps({ steps }: { steps: Step[] }) {
  const t = useT();
  return (
    <ol className="flex flex-col gap-6">
      {steps.map((step, index) => (
        <li key={step.title} className="flex gap-3 sm:gap-4">
          <span
            aria-hidden
            className={cn(
              'flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-50 text-sm',
              'font-semibold text-accent-700 ring-1 ring-accent-200 ring-inset',
              'dark:bg-accent-950 dark:text-accent-300 dark:ring-accent-800',
            )}
          >
            {index + 1}
          </span>
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
              <span className="sr-only">{t('page.usageGuide.step', { n: index + 1 })}: </span>
              {t(step.title)}
            </h3>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(step.description)}</p>
            {step.path && <FilePath path={step.path} />}
            <CodeBlock code={step.snippet.code} language={step.snippet.language} />
          </div>
        </li>
      ))}
    </ol>
  );
}

export function UsageGuidePage() {
  const t = useT();
  // The console is served by the gateway itself, so this page's origin is the gateway's URL.
  const origin = window.location.origin;
  const [apiKey, setApiKey] = useState('');
  const [shell, setShell] = useState<Shell>(() =>
    typeof navigator !== 'undefined' && /Win/i.test(navigator.userAgent) ? 'powershell' : 'posix',
  );
  const context: SnippetContext = { origin, apiKey: apiKey.trim() || KEY_PLACEHOLDER, shell };

  return (
    <>
      <PageHeader title={t('page.usageGuide.title')} description={t('page.usageGuide.description')} />
      <div className="flex flex-col gap-6">
        <Card title={t('page.usageGuide.setup.title')} description={t('page.usageGuide.setup.description')}>
          <div className="grid gap-5 lg:grid-cols-2">
            <div className="flex flex-col gap-1.5">
              <span className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
                {t('page.usageGuide.baseUrl')}
              </span>
              <div className="flex items-center gap-2">
                <code
                  className={cn(
                    'block min-w-0 flex-1 overflow-x-auto rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm',
                    'whitespace-nowrap text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100',
                  )}
                >
                  {origin}
                </code>
                <CopyButton value={origin} />
              </div>
              <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('page.usageGuide.setup.baseUrlHint')}</p>
            </div>
            <Field
              label={t('page.usageGuide.setup.key')}
              htmlFor="guide-api-key"
              hint={t('page.usageGuide.setup.keyHint')}
            >
              <Input
                id="guide-api-key"
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder={KEY_PLACEHOLDER}
                className="font-mono"
                value={apiKey}
                aria-describedby="guide-api-key-hint"
                onChange={(e) => setApiKey(e.target.value)}
              />
            </Field>
          </div>
          <div className="mt-5 flex flex-col gap-1.5">
            <span id="guide-shell-label" className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
              {t('page.usageGuide.setup.shell')}
            </span>
            <ToggleGroup.Root
              type="single"
              value={shell}
              onValueChange={(value) => value && setShell(value === 'powershell' ? 'powershell' : 'posix')}
              aria-labelledby="guide-shell-label"
              className={cn(
                'inline-flex max-w-full flex-wrap gap-1 self-start rounded-lg bg-zinc-100 p-1',
                'dark:bg-zinc-800/70',
              )}
            >
              {SHELLS.map((option) => (
                <ToggleGroup.Item
                  key={option.id}
                  value={option.id}
                  className={cn(
                    'inline-flex h-8 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap',
                    'text-zinc-600 transition-colors hover:text-zinc-900 data-[state=on]:bg-white',
                    'data-[state=on]:text-zinc-900 data-[state=on]:shadow-sm',
                    'dark:text-zinc-400 dark:hover:text-zinc-100 dark:data-[state=on]:bg-zinc-950',
                    'dark:data-[state=on]:text-zinc-50',
                  )}
                >
                  {t(option.label)}
                </ToggleGroup.Item>
              ))}
            </ToggleGroup.Root>
          </div>
        </Card>

        <Tabs defaultValue="claude">
          <TabsList aria-label={t('page.usageGuide.clients')}>
            {CLIENTS.map(({ id, label, icon: Icon }) => (
              <TabsTrigger key={id} value={id}>
                <Icon aria-hidden />
                {label}
              </TabsTrigger>
            ))}
          </TabsList>
          {CLIENTS.map(({ id, label }) => (
            <TabsContent key={id} value={id}>
              <Card title={label}>
                <Steps steps={stepsFor(id, context)} />
              </Card>
            </TabsContent>
          ))}
        </Tabs>
      </div>
    </>
  );
}
