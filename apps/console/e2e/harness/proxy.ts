/** Sends a real Anthropic Messages request through the gateway with a user's key, from Node. */
export async function sendMessage(
  gatewayUrl: string,
  key: string,
  text = 'Hello from the e2e test',
): Promise<Response> {
  return fetch(`${gatewayUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 64, messages: [{ role: 'user', content: text }] }),
  });
}
