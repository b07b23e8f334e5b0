/**
 * Copies text. navigator.clipboard only exists in secure contexts (https, localhost); the console
 * is often opened over plain http on a LAN IP, so fall back to a hidden textarea + execCommand.
 */
export async function copyToClipboard(text: string, container: HTMLElement = document.body): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext !== false) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied or not focused: try the legacy path below.
    }
  }
  return copyWithExecCommand(text, container);
}

/**
 * `container` should be next to the copy button: inside a modal dialog, the focus trap would pull
 * focus straight back out of a textarea appended to <body>, and nothing would be copied.
 */
function copyWithExecCommand(text: string, container: HTMLElement): boolean {
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  textarea.tabIndex = -1;
  textarea.style.position = 'fixed';
  textarea.style.top = '0';
  textarea.style.left = '0';
  textarea.style.opacity = '0';
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  container.appendChild(textarea);
  textarea.focus();
  textarea.select();
  textarea.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  textarea.remove();
  previousFocus?.focus();
  return copied;
}
