/**
 * The progress line of a long build on a terminal: articles, articles per second, how far into the
 * inputs (bytes, compressed for bzip2) and the time left at that pace. Rewritten in place at most once
 * a second; cleared before any other line is printed.
 */
import type { InputPosition } from '../source/readInputs';
import type { BatchCounts } from './build';

/** Something progress is written to; a terminal says so with `isTTY` and `columns`. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class ProgressLine {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Whether a line is drawn at all (only on a terminal). */
  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(counts: BatchCounts, position: InputPosition): void {
    if (!this.enabled || this.now() - this.lastDraw < 1000) return;
    this.lastDraw = this.now();
    const line = progressText(counts, position, (this.now() - this.started) / 1000);
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r\x1b[2K${line.slice(0, width)}`);
    this.shown = true;
  }

  /** Clears the line, so that the next output starts on a clean one. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}

/** `1,234 articles (12.5/s), 45% of 1.2 GB, about 3 min left`. */
export function progressText(counts: BatchCounts, position: InputPosition, seconds: number): string {
  const done = counts.built + counts.unchanged + counts.otherShards + counts.replaced + counts.overBudget;
  const rate = seconds > 0 ? counts.built / seconds : 0;
  const parts = [`${done.toLocaleString('en')} articles (${rate.toFixed(1)}/s)`];
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  if (counts.overBudget > 0) parts.push(`${counts.overBudget} over budget`);
  if (position.totalBytes > 0) {
    const share = Math.min(1, position.bytesRead / position.totalBytes);
    parts.push(`${Math.floor(share * 100)}% of ${formatBytes(position.totalBytes)}`);
    if (share > 0.001 && seconds >= 2) parts.push(`about ${formatDuration((seconds * (1 - share)) / share)} left`);
  }
  return parts.join(', ');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
