import type { MessageKey } from './en';
import type { Dictionary } from './locales';

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Looks a key up and fills `{name}` placeholders; unknown placeholders are left visible. */
export function createTranslate(dictionary: Dictionary): Translate {
  return (key, values) => {
    const template = dictionary[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : String(value);
    });
  };
}
