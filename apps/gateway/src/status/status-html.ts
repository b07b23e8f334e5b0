import type { AvailabilityState, PublicStatus } from '@cch/contract';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const STATE_LABEL: Record<AvailabilityState, string> = {
  up: 'Operational',
  degraded: 'Degraded',
  down: 'Down',
  none: 'No data',
};

/** Inline styles only (the page carries a CSP with no script and no external resource). */
const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f7f7f8;color:#18181b}
main{max-width:880px;margin:0 auto;padding:32px 16px}
h1{font-size:24px;margin:0 0 4px}
.muted{color:#71717a;font-size:13px}
section{background:#fff;border:1px solid #e4e4e7;border-radius:10px;padding:16px;margin-top:16px}
.head{display:flex;justify-content:space-between;align-items:center;gap:8px}
.name{font-weight:600;font-size:16px}
.pill{font-size:13px;padding:2px 10px;border-radius:999px}
.row{margin-top:12px}
.bars{display:flex;gap:1px;height:28px;margin-top:4px}
.bars span{flex:1;border-radius:2px;min-width:1px}
.up{background:#22c55e}.degraded{background:#f59e0b}.down{background:#ef4444}.none{background:#e4e4e7}
.pill.up,.pill.degraded,.pill.down{color:#fff}
.legend{display:flex;justify-content:space-between}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#fafafa}
section{background:#18181b;border-color:#27272a}
.none{background:#3f3f46}}
`;

const WINDOW_LABEL = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' } as const;

function bars(states: readonly AvailabilityState[]): string {
  return states.map((state) => `<span class="${state}" title="${STATE_LABEL[state]}"></span>`).join('');
}

function uptimeText(value: number | null): string {
  return value === null ? 'no data' : `${value.toFixed(2)}% uptime`;
}

/** The public status page, server-rendered; every configured text is escaped. */
export function renderStatusHtml(status: PublicStatus): string {
  const services = status.services
    .map((service) => {
      const rows = (['24h', '7d', '30d'] as const)
        .map(
          (window) => `<div class="row"><div class="legend muted"><span>${WINDOW_LABEL[window]}</span>
<span>${uptimeText(service.uptime[window])}</span></div><div class="bars">${bars(service.bars[window])}</div></div>`,
        )
        .join('\n');
      return `<section><div class="head"><span class="name">${escapeHtml(service.name)}</span>
<span class="pill ${service.state}">${STATE_LABEL[service.state]}</span></div>
${rows}</section>`;
    })
    .join('\n');
  const title = escapeHtml(status.title);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="60"><title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1><div class="muted">Updated ${escapeHtml(status.generatedAt)}</div>
${services || '<section class="muted">No services are listed.</section>'}
</main></body></html>
`;
}
