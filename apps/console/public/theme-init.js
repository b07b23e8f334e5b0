// Runs before the app loads so the page never flashes the wrong theme.
// Keep the storage keys in sync with src/theme/theme-storage.ts and src/i18n/locale-storage.ts.
(() => {
  try {
    const theme = localStorage.getItem('cch.theme');
    const dark = theme === 'dark' || (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
    const locale = localStorage.getItem('cch.locale');
    if (['en', 'zh-CN', 'zh-TW', 'ja', 'ru'].includes(locale)) document.documentElement.lang = locale;
  } catch {
    /* storage unavailable: fall back to defaults */
  }
})();
