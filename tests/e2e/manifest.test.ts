/**
 * The built extensions ask for exactly what the product needs and expose nothing a page
 * could use to run our code, reach our privileges or detect us.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from '../../scripts/lib/browser';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dist = path.join(root, 'dist', target);
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly activeTab, scripting, storage and contextMenus, and no host', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('has no web-accessible resource a page could probe, and keeps the default CSP', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads no remote code', () => {
    for (const file of files(dist).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
      expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/importScripts\s*\(\s*["'`]https?:/);
    }
  });

  it('starts the service worker from its own code, not the content script', () => {
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    const loader = background.service_worker ?? background.scripts?.[0];
    expect(loader).toBeTruthy();
    const imported = /import\s+['"]\.\/(.+?)['"]/.exec(readFileSync(path.join(dist, loader!), 'utf8'))?.[1];
    const worker = readFileSync(path.join(dist, imported!), 'utf8');
    expect(worker).toContain('contextMenus');
    expect(worker).not.toContain('Readability');
  });

  it('ships no script that nothing loads', () => {
    const texts = files(dist).filter((f) => /\.(js|html|json|css)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
    for (const file of files(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
      const name = path.basename(file);
      expect(texts.some(([other, text]) => other !== file && text.includes(name)), name).toBe(true);
    }
  });

  it('has its injected script as one self-contained file', () => {
    const script = readFileSync(path.join(dist, 'src/content/content-script.js'), 'utf8');
    expect(script).not.toMatch(/^\s*import\s/m);
    expect(script).toContain('Readability');
  });
});
