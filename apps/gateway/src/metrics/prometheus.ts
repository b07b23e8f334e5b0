/**
 * A minimal Prometheus text-format registry: counters and histograms with labels, kept in
 * plain Maps so recording on the hot path is a string join and an addition.
 */
export type Labels = Record<string, string>;

interface Series<T> {
  labels: Labels;
  value: T;
}

function seriesKey(labels: Labels): string {
  return Object.values(labels).join('\u0001');
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

export function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabel(value)}"`).join(',')}}`;
}

export class Counter {
  private readonly series = new Map<string, Series<number>>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = seriesKey(labels);
    const existing = this.series.get(key);
    if (existing) existing.value += by;
    else this.series.set(key, { labels, value: by });
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.series.values()) lines.push(`${this.name}${formatLabels(labels)} ${value}`);
    return lines.join('\n');
  }
}

interface Buckets {
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram {
  private readonly series = new Map<string, Series<Buckets>>();

  /** `bounds` are the bucket upper bounds, ascending, in the metric's unit. */
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = seriesKey(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, value: { counts: new Array<number>(this.bounds.length).fill(0), sum: 0, count: 0 } };
      this.series.set(key, entry);
    }
    const buckets = entry.value;
    for (let i = 0; i < this.bounds.length; i++) {
      if (value <= (this.bounds[i] ?? Infinity)) {
        buckets.counts[i] = (buckets.counts[i] ?? 0) + 1;
        break;
      }
    }
    buckets.sum += value;
    buckets.count += 1;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const { labels, value } of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += value.counts[i] ?? 0;
        lines.push(`${this.name}_bucket${formatLabels({ ...labels, le: String(bound) })} ${cumulative}`);
      });
      lines.push(`${this.name}_bucket${formatLabels({ ...labels, le: '+Inf' })} ${value.count}`);
      lines.push(`${this.name}_sum${formatLabels(labels)} ${value.sum}`);
      lines.push(`${this.name}_count${formatLabels(labels)} ${value.count}`);
    }
    return lines.join('\n');
  }
}

/** A value read at scrape time (queue depth, breaker state …). */
export interface GaugeSample {
  labels?: Labels;
  value: number;
}

export function renderGauge(name: string, help: string, samples: readonly GaugeSample[]): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`];
  for (const sample of samples) lines.push(`${name}${formatLabels(sample.labels ?? {})} ${sample.value}`);
  return lines.join('\n');
}
