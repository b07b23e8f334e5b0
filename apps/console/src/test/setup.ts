import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from '../api/csrf-token';

// jsdom lacks these browser APIs; Radix primitives and the theme code touch them.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};
// jsdom defines scrollTo but only to log "Not implemented"; the router calls it on navigation.
window.scrollTo = () => {};

// Pages are loaded lazily (as in the build): the first visit to one transforms its module graph,
// which on a loaded 2-core machine takes longer than the default 1 s of findBy*/waitFor.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  document.documentElement.className = '';
  document.documentElement.removeAttribute('style');
  document.documentElement.lang = '';
  setCsrfToken(null);
});
