/**
 * A site rule is data: which container holds the story, what to cut, where the metadata is.
 * The core (src/core/apply-rule.ts) interprets it; `fix` is the only code escape hatch.
 */

/** Where to read one piece of metadata: a selector, optionally an attribute instead of the text. */
export interface MetaSource {
  selector: string;
  /** Read this attribute instead of textContent. */
  attr?: string;
  /** Only values matching this count (e.g. the one <p> that is Dawn's print line). */
  pattern?: RegExp;
}

export interface SiteMeta {
  /** First match wins; the text is used as the headline. */
  title?: MetaSource[];
  /** Author or agency; the text of all matches of the first matching source, joined with ", ". */
  byline?: MetaSource[];
  /** Date sources tried after article:published_time and JSON-LD datePublished. */
  published?: MetaSource[];
  /** Offset the site writes its local times in (e.g. "+05:30" for IST), used for dates without one. */
  utcOffset?: string;
}

export interface SiteRule {
  /** Equals the file name in src/sites/ (checked by the registry meta-test). */
  id: string;
  name: string;
  /** Host names without "www."; subdomains of these match too. */
  hosts: string[];
  /** Selectors for the story body; the first that matches becomes the only content of <body>. */
  container?: string[];
  /** Selectors removed inside the container (or the whole page if no container matched). */
  remove: string[];
  /** Text patterns: the nearest block around a matching text node goes. */
  removeText: RegExp[];
  /** Markers: the matching block and everything after it, up to the container's end, goes. */
  cutFrom?: RegExp[];
  meta?: SiteMeta;
  /** The page is a paywalled teaser when any of these is found (read before cleaning). */
  paywall?: { selectors?: string[]; text?: RegExp[] };
  /** Example article URLs (documentation, and the meta-test checks they match `hosts`). */
  examples: string[];
  /** Escape hatch, run on the working clone after the data-driven steps. Never sees the live page. */
  fix?: (doc: Document, root: Element) => void;
}
