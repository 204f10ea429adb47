import type { SiteRule } from './types.ts';
import { businessStandard } from './business-standard.ts';
import { dawn } from './dawn.ts';

/** Ordered registry: the first rule whose host matches wins. Add new sites here. */
export const siteRules: readonly SiteRule[] = [businessStandard, dawn];

export type { SiteRule } from './types.ts';
