import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../api/auth';
import { getCsrfToken } from '../../api/csrf-token';
import { I18nProvider } from '../../i18n/i18n-provider';
import type { Locale } from '../../i18n/locales';
import { adminSession, authRoutes, mockApi, problem } from '../../test/mock-api';
import { LoginForm } from './login-form';

function renderForm(locale: Locale = 'en') {
  const onSuccess = vi.fn<(session: Session) => void>();
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>
        <LoginForm onSuccess={onSuccess} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { onSuccess, queryClient };
}

function submitToken(token: string) {
  fireEvent.change(screen.getByLabelText('Token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('posts the token to the login endpoint and hands back the session', async () => {
    const api = mockApi(authRoutes(null));
    const { onSuccess } = renderForm();

    submitToken('  good-token ');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]?.[0]).toEqual(adminSession);
    const [call] = api.callsTo('POST', '/admin/auth/login');
    expect(call?.body).toEqual({ token: 'good-token' });
    expect(call?.credentials).toBe('include');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(getCsrfToken()).toBe(adminSession.csrfToken);
  });

  it("shows the server's error when the token is rejected (401)", async () => {
    mockApi(authRoutes(null));
    const { onSuccess } = renderForm();

    submitToken('wrong-token');

    expect((await screen.findByRole('alert')).textContent).toContain('Invalid admin token or user key');
    expect(screen.getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(getCsrfToken()).toBeNull();
  });

  it('falls back to a translated message when a 401 carries no detail', async () => {
    mockApi({ 'POST /admin/auth/login': () => problem(401, 'Unauthorized') });
    renderForm('zh-CN');

    fireEvent.change(screen.getByLabelText('管理令牌或密钥'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    expect((await screen.findByRole('alert')).textContent).toContain('管理令牌或密钥无效。');
  });

  it('says the gateway is unreachable on a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderForm();

    submitToken('good-token');

    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the gateway');
  });

  it('asks for a token instead of calling the server with an empty one', () => {
    const api = mockApi(authRoutes(null));
    renderForm();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('alert').textContent).toContain('Enter a token to sign in.');
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('shows a loading state while signing in', async () => {
    let respond: (response: Response) => void = () => {};
    mockApi({ 'POST /admin/auth/login': () => new Promise<Response>((resolve) => (respond = resolve)) });
    renderForm();

    submitToken('good-token');

    const button = await screen.findByRole<HTMLButtonElement>('button', { name: 'Signing in…' });
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    respond(problem(401, 'Unauthorized', 'nope'));
    const idle = await screen.findByRole<HTMLButtonElement>('button', { name: 'Sign in' });
    expect(idle.disabled).toBe(false);
  });

  it('reveals and hides the token', () => {
    renderForm();
    const field = screen.getByLabelText('Token');
    expect(field.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show token' }));
    expect(field.getAttribute('type')).toBe('text');
  });
});
