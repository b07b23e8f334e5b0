import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type RequestBodies, requestBodiesQueryOptions } from '../../api/sessions';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { cn } from '../ui/cn';
import { CodeBlock } from '../ui/code-block';
import { Spinner } from '../ui/spinner';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../ui/tabs';
import { type ReadablePart, type ReadableTurn, readTurns } from './readable-body';

const PART_LABEL = {
  thinking: 'page.sessions.bodies.part.thinking',
  tool_call: 'page.sessions.bodies.part.toolCall',
  tool_result: 'page.sessions.bodies.part.toolResult',
  media: 'page.sessions.bodies.part.media',
  other: 'page.sessions.bodies.part.other',
} as const;

/** A size in kB (1,024 bytes) with one decimal, in the locale's words. */
function useSize() {
  const format = useFormat();
  return (bytes: number) =>
    format.number(Math.max(bytes, 1) / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
}

/** JSON pretty-printed; anything else (a truncated body) as stored. */
function rawText(body: string): { code: string; json: boolean } {
  try {
    return { code: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { code: body, json: false };
  }
}

function Part({ part }: { part: ReadablePart }) {
  const t = useT();
  if (part.kind === 'text') return <p className="text-sm whitespace-pre-wrap break-words">{part.text}</p>;
  const tone =
    part.kind === 'thinking' ? 'font-sans text-sm italic text-zinc-600 dark:text-zinc-400' : 'font-mono text-xs';
  return (
    <div className="rounded-md border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-800 dark:bg-zinc-900/60">
      <p className="mb-1 text-xs font-medium text-zinc-500 dark:text-zinc-400">
        {t(PART_LABEL[part.kind])}
        {part.label ? <span className="ml-1.5 font-mono">{part.label}</span> : null}
      </p>
      {part.text !== '' && <pre className={cn('whitespace-pre-wrap break-words', tone)}>{part.text}</pre>}
    </div>
  );
}

function Turns({ turns }: { turns: readonly ReadableTurn[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {turns.map((turn, i) => (
        // Turns have no id of their own; their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: a body's turns are fixed once stored
        <li key={i} className="flex flex-col gap-1.5">
          <Badge
            className="self-start"
            tone={turn.role === 'user' ? 'accent' : turn.role === 'system' ? 'neutral' : 'success'}
          >
            {turn.role}
          </Badge>
          {turn.parts.map((part, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a turn's parts are fixed once stored
            <Part key={j} part={part} />
          ))}
        </li>
      ))}
    </ol>
  );
}

function BodyPane({
  protocol,
  kind,
  body,
  notes,
}: {
  protocol: string;
  kind: 'request' | 'response';
  body: string | null;
  notes: string[];
}) {
  const t = useT();
  const [raw, setRaw] = useState(false);
  if (body === null)
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.sessions.bodies.none')}</p>;
  const turns = readTurns(protocol, kind, body);
  const showRaw = raw || turns === null;
  const { code, json } = rawText(body);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {notes.map((note) => (
          <span key={note} className="text-xs text-zinc-500 dark:text-zinc-400">
            {note}
          </span>
        ))}
        {turns !== null && (
          <Button variant="ghost" size="sm" className="ml-auto" aria-pressed={raw} onClick={() => setRaw(!raw)}>
            {raw ? t('page.sessions.bodies.readable') : t('page.sessions.bodies.raw')}
          </Button>
        )}
      </div>
      {showRaw ? <CodeBlock code={code} language={json ? 'json' : 'text'} /> : <Turns turns={turns} />}
    </div>
  );
}

function Bodies({ bodies }: { bodies: RequestBodies }) {
  const t = useT();
  const size = useSize();
  const { request, response } = bodies;
  const requestNotes = [size(request.bytes)];
  if (request.truncated) requestNotes.push(t('page.sessions.bodies.truncated'));
  const responseNotes = [size(response.bytes)];
  if (response.streamed)
    responseNotes.push(t(response.assembled ? 'page.sessions.bodies.assembled' : 'page.sessions.bodies.streamedRaw'));
  if (response.truncated) responseNotes.push(t('page.sessions.bodies.truncated'));
  return (
    <Tabs defaultValue="request">
      <TabsList>
        <TabsTrigger value="request">{t('page.sessions.bodies.request')}</TabsTrigger>
        <TabsTrigger value="response">{t('page.sessions.bodies.response')}</TabsTrigger>
      </TabsList>
      <TabsContent value="request">
        <BodyPane protocol={bodies.protocol} kind="request" body={request.body} notes={requestNotes} />
      </TabsContent>
      <TabsContent value="response">
        <BodyPane protocol={bodies.protocol} kind="response" body={response.body} notes={responseNotes} />
      </TabsContent>
    </Tabs>
  );
}

/** One request's stored request and response, read as a conversation or as raw JSON. */
export function RequestBodiesView({ requestId }: { requestId: string }) {
  const t = useT();
  const query = useQuery(requestBodiesQueryOptions(requestId));
  if (query.status === 'pending')
    return (
      <div className="flex justify-center py-4">
        <Spinner className="size-4" label={t('page.sessions.bodies.loading')} />
      </div>
    );
  if (query.status === 'error') {
    const gone = isApiError(query.error) && query.error.status === 404;
    const detail = isApiError(query.error) ? (query.error.detail ?? query.error.title) : String(query.error);
    return (
      <p role={gone ? undefined : 'alert'} className="text-sm text-zinc-600 dark:text-zinc-400">
        {gone ? t('page.sessions.bodies.gone') : t('page.sessions.bodies.error', { detail })}
      </p>
    );
  }
  return <Bodies bodies={query.data} />;
}
