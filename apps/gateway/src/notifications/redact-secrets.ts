import type { NotificationTargetConfig } from '@cch/core';

/** The pieces of a target's credential that must never show in a log line or a stored error. */
function secretPieces(target: NotificationTargetConfig): string[] {
  const pieces = [target.credential, target.signingSecret ?? ''];
  try {
    const url = new URL(target.credential);
    for (const value of url.searchParams.values()) pieces.push(value);
    for (const segment of url.pathname.split('/')) if (segment.length >= 8) pieces.push(segment);
  } catch {
    // a Telegram bot token, not a URL: the whole of it is above
  }
  return pieces.filter((piece) => piece.length >= 4).sort((a, b) => b.length - a.length);
}

/** `text` with every secret piece of the target replaced by `***`. */
export function redactSecrets(text: string, target: NotificationTargetConfig): string {
  let redacted = text;
  for (const piece of secretPieces(target)) redacted = redacted.split(piece).join('***');
  return redacted;
}
