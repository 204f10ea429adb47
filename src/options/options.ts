/** The options page: the same reading settings as the overlay and popup, with a preview. */
import { applySettings, loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { settingsForm } from '../shared/settings-form';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const status = document.getElementById('status') as HTMLElement;

async function main(): Promise<void> {
  let settings = await loadSettings();
  const apply = () => applySettings(document.documentElement, settings, dark.matches);
  apply();
  dark.addEventListener('change', apply);
  onSettingsChanged((next) => {
    settings = next;
    apply();
  });
  const form = settingsForm(settings, async (next) => {
    settings = next;
    apply();
    try {
      await saveSettings(next);
      status.textContent = 'Saved.';
    } catch (error) {
      console.error('[Declutter] settings not saved', error);
      status.textContent = 'Your settings could not be saved.';
    }
  });
  document.getElementById('form')?.append(form);
}

main().catch((error: unknown) => {
  console.error('[Declutter] options page failed', error);
  status.textContent = 'The settings could not be loaded.';
});
