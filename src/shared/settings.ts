/**
 * The reader's own settings, typed, with defaults and bounds. Stored in storage.sync so
 * they follow the person across their browsers; the popup, the overlay and the options
 * page all read and write them through here.
 */
import browser from './browser';

export const themes = ['system', 'light', 'sepia', 'dark'] as const;
export const fonts = ['serif', 'sans', 'mono'] as const;
export type Theme = (typeof themes)[number];
export type Font = (typeof fonts)[number];

export interface Settings {
  theme: Theme;
  font: Font;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Measure (line length) in em. */
  lineWidth: number;
  lineHeight: number;
}

export const defaults: Readonly<Settings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineWidth: 36,
  lineHeight: 1.6,
});

export const bounds = {
  fontSize: { min: 14, max: 30, step: 1 },
  lineWidth: { min: 24, max: 52, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

const KEY = 'settings';

function clamp(value: unknown, { min, max }: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n * 10) / 10)) : fallback;
}

/** Whatever storage holds (old versions, hand edits, nothing), a valid Settings comes out. */
export function normalize(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: themes.includes(r.theme as Theme) ? (r.theme as Theme) : defaults.theme,
    font: fonts.includes(r.font as Font) ? (r.font as Font) : defaults.font,
    fontSize: clamp(r.fontSize, bounds.fontSize, defaults.fontSize),
    lineWidth: clamp(r.lineWidth, bounds.lineWidth, defaults.lineWidth),
    lineHeight: clamp(r.lineHeight, bounds.lineHeight, defaults.lineHeight),
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return normalize(stored[KEY]);
  } catch (error) {
    console.error('[Declutter] settings: could not read storage.sync', error);
    return { ...defaults };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalize(settings) });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(normalize(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** 'system' resolved against the reader's colour-scheme preference. */
export function resolvedTheme(theme: Theme, prefersDark: boolean): Exclude<Theme, 'system'> {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

// Latin faces first; then faces for Arabic-script stories (Urdu, Arabic, Persian), which
// the Latin faces lack, before the generic family.
const arabicScript = "'Noto Naskh Arabic', 'Noto Nastaliq Urdu', 'Geeza Pro', 'Segoe UI', Tahoma";
export const fontStacks: Record<Font, string> = {
  serif: `Georgia, 'Iowan Old Style', 'Noto Serif', 'Times New Roman', ${arabicScript}, serif`,
  sans: `system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, ${arabicScript}, sans-serif`,
  mono: `ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, ${arabicScript}, monospace`,
};

/**
 * Applies settings to an element as CSS custom properties and a theme attribute. CSSOM
 * writes are not inline-style markup, so a strict style-src CSP does not block them.
 */
export function applySettings(target: HTMLElement, settings: Settings, prefersDark: boolean): void {
  target.dataset.theme = resolvedTheme(settings.theme, prefersDark);
  target.style.setProperty('--dc-font', fontStacks[settings.font]);
  target.style.setProperty('--dc-size', `${settings.fontSize}px`);
  target.style.setProperty('--dc-measure', `${settings.lineWidth}em`);
  target.style.setProperty('--dc-leading', String(settings.lineHeight));
}
