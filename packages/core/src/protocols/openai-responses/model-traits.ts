/**
 * Whether an OpenAI model takes `temperature` / `top_p`: the reasoning models (o1, o3, o4, gpt-5
 * and later, their codex variants) refuse them with a 400, except the `-chat` ones. Unknown
 * names (other vendors' models behind a Responses endpoint) are assumed to take them.
 */
export function takesSampling(model: string): boolean {
  const name = model.toLowerCase().replace(/^.*\//, '');
  if (name.includes('-chat')) return true;
  return !/^(o\d|gpt-5|gpt-[6-9]|codex)/.test(name);
}
