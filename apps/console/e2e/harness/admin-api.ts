/** A tiny admin API client for setting up and checking state from Node (Bearer admin token). */
export function adminApi(baseUrl: string, adminToken: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/admin${path}`, {
      method,
      headers: {
        authorization: `Bearer ${adminToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /admin${path} → ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T; // the test knows the shape it asked for
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body?: unknown) => call<T>('POST', path, body),
    patch: <T>(path: string, body?: unknown) => call<T>('PATCH', path, body),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
