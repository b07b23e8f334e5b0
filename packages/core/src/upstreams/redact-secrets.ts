const KEY_LIKE = /(sk-(?:ant-|proj-)?|AIza|ya29\.|Bearer\s+|key=)[A-Za-z0-9_\-*.]{4,}/g;

/**
 * Removes a provider key, and anything that looks like a key or a key fragment, from text that
 * came from an upstream (error bodies such as "Incorrect API key provided: sk-…abcd").
 */
export function redactSecrets(text: string, secret?: string): string {
  let result = secret && secret.length >= 8 ? text.split(secret).join('[redacted]') : text;
  if (secret && secret.length >= 12) {
    // a masked echo usually keeps the key's last characters
    const tail = secret.slice(-4);
    result = result.replace(
      new RegExp(`[A-Za-z0-9_\\-*.]*\\*+[A-Za-z0-9_\\-*.]*${escapeRegExp(tail)}`, 'g'),
      '[redacted]',
    );
  }
  return result.replace(KEY_LIKE, '$1[redacted]');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
