/**
 * The reading controls, built once and used in the overlay, the popup and the options
 * page: theme, font, size, line width, line height. Calls `onChange` with the whole new
 * settings on every edit; the caller saves and applies them.
 */
import { bounds, fonts, themes, type Settings } from './settings';

const themeLabels: Record<Settings['theme'], string> = { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' };
const fontLabels: Record<Settings['font'], string> = { serif: 'Serif', sans: 'Sans', mono: 'Mono' };
type Numeric = 'fontSize' | 'lineWidth' | 'lineHeight';
const numericLabels: Record<Numeric, string> = { fontSize: 'Text size', lineWidth: 'Line width', lineHeight: 'Line height' };

let formCount = 0;

function choiceGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly T[],
  labels: Record<T, string>,
  current: T,
  pick: (value: T) => void,
): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.className = 'dc-choices';
  const title = document.createElement('legend');
  title.textContent = legend;
  set.append(title);
  for (const value of options) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === current;
    input.addEventListener('change', () => input.checked && pick(value));
    label.append(input, document.createTextNode(labels[value]));
    set.append(label);
  }
  return set;
}

function slider(key: Numeric, settings: Settings, id: string, set: (value: number) => void): HTMLElement {
  const row = document.createElement('div');
  row.className = 'dc-slider';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = numericLabels[key];
  const input = document.createElement('input');
  input.type = 'range';
  input.id = id;
  input.min = String(bounds[key].min);
  input.max = String(bounds[key].max);
  input.step = String(bounds[key].step);
  input.value = String(settings[key]);
  const output = document.createElement('output');
  output.htmlFor.add(id);
  const show = () => (output.textContent = key === 'lineHeight' ? Number(input.value).toFixed(1) : input.value);
  show();
  input.addEventListener('input', () => {
    show();
    set(Number(input.value));
  });
  row.append(label, input, output);
  return row;
}

export function settingsForm(initial: Settings, onChange: (settings: Settings) => void): HTMLFormElement {
  const n = ++formCount;
  let settings = { ...initial };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    onChange(settings);
  };
  const form = document.createElement('form');
  form.className = 'dc-settings';
  form.setAttribute('aria-label', 'Reading settings');
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(
    choiceGroup('Theme', `dc-theme-${n}`, themes, themeLabels, settings.theme, (theme) => update({ theme })),
    choiceGroup('Font', `dc-font-${n}`, fonts, fontLabels, settings.font, (font) => update({ font })),
    slider('fontSize', settings, `dc-size-${n}`, (fontSize) => update({ fontSize })),
    slider('lineWidth', settings, `dc-width-${n}`, (lineWidth) => update({ lineWidth })),
    slider('lineHeight', settings, `dc-leading-${n}`, (lineHeight) => update({ lineHeight })),
  );
  return form;
}
