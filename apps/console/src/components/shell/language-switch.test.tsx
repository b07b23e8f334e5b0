import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, mockApi } from '../../test/mock-api';
import { openMenu } from '../../test/open-menu';
import { renderApp } from '../../test/render-app';

describe('LanguageSwitch', () => {
  it('switches the visible text between English and 简体中文 and remembers it', async () => {
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();

    openMenu(screen.getByRole('button', { name: 'Language: English' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: '简体中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: '仪表盘' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '请求日志' })).toBeTruthy();
    expect(screen.queryByText('Request logs')).toBeNull();
    expect(localStorage.getItem('cch.locale')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');

    openMenu(screen.getByRole('button', { name: '语言：简体中文' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
  }, 15_000);

  it('offers all five languages, each in its own name, and switches <html lang>', async () => {
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();

    openMenu(screen.getByRole('button', { name: 'Language: English' }));
    const names = screen.getAllByRole('menuitemradio').map((item) => item.textContent);
    expect(names).toEqual(['English', '简体中文', '繁體中文', '日本語', 'Русский']);

    fireEvent.click(screen.getByRole('menuitemradio', { name: '日本語' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ダッシュボード' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');

    openMenu(screen.getByRole('button', { name: '言語: 日本語' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Русский' }));
    expect(await screen.findByRole('link', { name: 'Журнал запросов' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    expect(localStorage.getItem('cch.locale')).toBe('ru');

    openMenu(screen.getByRole('button', { name: 'Язык: Русский' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: '繁體中文' }));
    expect(await screen.findByRole('link', { name: '使用者與金鑰' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-TW');
  }, 15_000);
});
