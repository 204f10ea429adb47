import { describe, expect, it } from 'vitest';
import { hostOf, ruleForHost, selectRule } from '../../src/core/select-rule.ts';
import { domOf } from './helpers.ts';

const page = (head: string) => domOf(`<html><head>${head}</head><body></body></html>`, 'http://127.0.0.1:8080/page.html');

describe('rule selection', () => {
  it('matches the page host, www-insensitive, subdomains included', () => {
    expect(ruleForHost(hostOf('https://www.business-standard.com/article/x.html'))?.id).toBe('business-standard');
    expect(ruleForHost(hostOf('https://business-standard.com/x'))?.id).toBe('business-standard');
    expect(ruleForHost(hostOf('https://hindi.business-standard.com/x'))?.id).toBe('business-standard');
    expect(ruleForHost(hostOf('https://WWW.DAWN.COM/news/1132186'))?.id).toBe('dawn');
    expect(ruleForHost(hostOf('https://images.dawn.com/news/1'))?.id).toBe('dawn');
  });

  it('does not match look-alike hosts', () => {
    expect(ruleForHost(hostOf('https://notdawn.com/news/1'))).toBeNull();
    expect(ruleForHost(hostOf('https://dawn.com.evil.example/news/1'))).toBeNull();
    expect(ruleForHost(hostOf('file:///tmp/page.html'))).toBeNull();
  });

  it('prefers the page host over the canonical link', () => {
    const doc = page(`<link rel="canonical" href="https://www.business-standard.com/a.html">`);
    expect(selectRule(doc, 'https://www.dawn.com/news/1')?.id).toBe('dawn');
  });

  it('falls back to the canonical link, then og:url', () => {
    expect(selectRule(page(`<link rel="canonical" href="https://www.dawn.com/news/1">`), 'http://127.0.0.1:8080/page.html')?.id).toBe('dawn');
    expect(
      selectRule(page(`<meta property="og:url" content="https://www.business-standard.com/a.html">`), 'http://127.0.0.1:8080/page.html')?.id,
    ).toBe('business-standard');
    expect(selectRule(page(''), 'http://127.0.0.1:8080/page.html')).toBeNull();
  });
});
