/** One client's snippets in a README section: config files by path (under `~/`) and shell blocks to run. */
export interface ClientSnippets {
  client: string;
  /** Home-relative path → content, from blocks whose lead-in line names the file (in `~/.x/y`). */
  files: Record<string, string>;
  /** `sh` / `bash` blocks, in order. */
  scripts: string[];
}

const FILE_LEAD_IN = /in `~\/([^`]+)`/;

/**
 * The fenced blocks of the `## <heading>` section, grouped under its bold client names
 * (`**Claude Code**`). Read from the README itself, so the test runs what users copy.
 */
export function clientSnippetsOf(markdown: string, heading: string): ClientSnippets[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n');
  const groups: ClientSnippets[] = [];
  let leadIn = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const client = /^\*\*(.+?)\*\*/.exec(line)?.[1];
    if (client) groups.push({ client, files: {}, scripts: [] });
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) {
      if (line.trim() !== '') leadIn = line;
      continue;
    }
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) body.push(lines[i] ?? '');
    const group = groups.at(-1);
    if (!group) throw new Error(`a code block before any **client** heading in "${heading}"`);
    const file = FILE_LEAD_IN.exec(leadIn)?.[1];
    if (file) group.files[file] = `${body.join('\n')}\n`;
    else if (fence[1] === 'sh' || fence[1] === 'bash') group.scripts.push(body.join('\n'));
    leadIn = '';
  }
  return groups;
}
