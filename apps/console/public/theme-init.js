// Runs before the app loads so the page never flashes the wrong theme.
// Keep the storage keys in sync with src/theme/theme-storage.ts and src/i18n/locale-storage.ts.
(function () {
  try {
    var theme = localStorage.getItem('cch.theme');
    var dark =
      theme === 'dark' ||
      (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
    var locale = localStorage.getItem('cch.locale');
    if (locale === 'zh-CN' || locale === 'en') document.documentElement.lang = locale;
  } catch (e) {
    /* storage unavailable: fall back to defaults */
  }
})();
