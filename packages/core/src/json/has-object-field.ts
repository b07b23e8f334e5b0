/**
 * Whether JSON text contains `"key":` followed (after optional whitespace) by `{` — a cheap
 * test for "this payload carries a non-null object field `key`", without parsing. Escaping makes
 * it safe: inside a JSON string a quote is always `\"`, so text content cannot fake the marker.
 */
export function hasObjectField(json: string, key: string): boolean {
  const needle = `"${key}":`;
  let at = json.indexOf(needle);
  while (at !== -1) {
    let i = at + needle.length;
    while (isJsonSpace(json.charCodeAt(i))) i++;
    if (json.charCodeAt(i) === OPEN_BRACE) return true;
    at = json.indexOf(needle, i);
  }
  return false;
}

const OPEN_BRACE = 123;

function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
