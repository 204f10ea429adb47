import type { GenericRule } from './types.ts';

/**
 * A short ask to the reader in the middle of a post: "Enjoying this post? Subscribe to get
 * new posts in your inbox", "Like this story? Become a member" (Ghost and Substack callout
 * cards, blog CTAs), "Download the KXTV 7 News app for breaking news alerts", "Click here to
 * download …", "Have a news tip? Send it to us here." (local TV), "Is there a claim you want
 * us to check? Send it to tips@…", "Send us your memories of …" with a link to the form,
 * "Bookmark our website and support our journalism: …", a broadcaster's "Make a gift of any amount …
 * [Give now]".
 * The block must open with the question or the imperative and carry an ask word; at most
 * 40 words, and the prose guard holds, so a story paragraph never qualifies.
 */
export const readerAsk: GenericRule = {
  id: 'reader-ask',
  when: [
    {
      selectors: 'p, div, aside, section',
      signal: /^\W*(?:enjoy(?:ing|ed)|lik(?:e|ed|ing)|lov(?:e|ed|ing)) (?:this|the|our|what you(?:'|’)re reading)(?: \w+)?\s*\?/i,
    },
    {
      selectors: 'p, div, aside, section',
      // "Download the X app for …" names the app; "Get the app working again" is prose.
      // Also under its label: "Get the app Download the Marina Business Post app for real-time market alerts".
      signal: /^\W*(?:get the app\W+)?(?:(?:click|tap) here to )?(?:download|install) (?:the|our) [\w .&'’-]{1,40}\bapp\b.{0,40}\b(?:alerts?|notifications?|news|updates|video)\b/i,
    },
    {
      selectors: 'p, div, aside, section',
      // The portal's sign-off under every story: "Catch all the Technology News and Updates on
      // The Metro Ledger. Download The Metro Ledger App to get Daily Market Updates." Opens with
      // "Catch all the", names the app before the block ends.
      signal: /^\W*catch (?:all )?the (?:latest )?[^.]{0,80}\b(?:news|updates)\b[^.]{0,60}\.\s*download (?:the|our) [\w .&'’-]{1,40}\bapp\b/i,
    },
    {
      selectors: 'p, div, aside, section',
      // The French regional daily's line on a free article: "Cet article est en accès libre.
      // Soutenez l'information de proximité en vous abonnant." Opens so and asks for a subscription.
      signal: /^\W*(?:cet article (?:est|vous est) (?:en accès libre|offert|gratuit)\b.{0,160}\b(?:abonn|soutenez)|soutenez\b.{0,80}\ben vous abonnant\b)/i,
    },
    {
      selectors: 'p, div, aside, section',
      // A paid edition's pitch: "Subscribe to POST PLUS to read the Bayanihan Post and 60+ other
      // titles …". The brand is capitalised (case-sensitive), then what it gives.
      signal: /^\W*[Ss]ubscribe to (?:[A-Z][\w+&'’-]*\s){1,4}to (?:read|get|enjoy|access|unlock)\b/,
    },
    {
      selectors: 'p, div, aside, section',
      // "Have a news tip? Send it to us here." The question, then the ask at once.
      // Also "Got a money story? Email us at …" and "Got a sensitive tip about layoffs at your
      // company? Contact <reporter> securely on Signal …": up to two words before the noun, a
      // short tail after it, and still the ask at once after the question mark.
      signal: /^\W*(?:have|got|do you have) an? (?:[\w-]+ ){0,2}(?:tip|story(?: idea| tip)?)\b[^?.“”"]{0,60}\?\s*(?:send|e-?mail|contact|reach|message|text|call|whatsapp|tell us|let us know|get in touch)\b/i,
    },
    {
      selectors: 'p, div, aside, section',
      // Any question to the reader, then the ask and the newsroom's address: "Is there a claim
      // you want us to check? Send it to tips@…", "Do you have a question about your bill?
      // Email it to …@…". Not inside quotation marks (a quoted speaker), and the address
      // must follow the ask, so a rhetorical question in a story ("Tell that to …") stays.
      signal: /^[^\w“”"‘’'«»„]*\w[^?]{0,120}\byou\b[^?]{0,80}\?\s*(?:send|e-?mail|contact|write to|tell|message|get in touch|let us know)\b.{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i,
    },
    {
      selectors: 'p, div, aside, section',
      // "Send us your memories of someone who has died recently [Write a tribute]", "Tell us
      // your experiences of …": the imperative opens the block, which holds the link, button
      // or form that takes the answer; the prose guard keeps a story sentence that opens so.
      signal: /^[^\w“”"‘’'«»„]*(?:send|tell|show|e-?mail|share with) us your (?:memories|memory|stories|story|photos|pictures|videos|questions|tips|experiences?|views|thoughts|tributes|news)\b/i,
      contains: 'a[href], button, form',
    },
    {
      selectors: 'p, div, aside, section',
      // "Bookmark our website and support our journalism: Don't miss … sign up for our
      // newsletters." The appeal opens the block, before any full stop.
      // An imperative or "you can" opens it: "Readers who support our journalism …" is a story's.
      signal: /^[^\w“”"‘’'«»„]*(?:bookmark|please|help|consider|you can(?: also)?|why not)\b[^.:!?“”"]{0,60}\bsupport (?:our|local|independent) journalism\b/i,
    },
    {
      selectors: 'div, aside, section',
      // A public broadcaster's give box: "Local news like this depends on listeners like you. Make
      // a gift of any amount to Prairie River Public Media today. [Give now]". The ask to give,
      // and its button as the box's last words.
      signal: /\bmake a (?:[\w-]+ )?(?:gift|donation|contribution)\b.{0,120}\b(?:give|donate|contribute)(?: now| today)?$/i,
      contains: 'a[href], button',
    },
    {
      // A newsroom's donate box (Newspack's "wp-block-newspack-blocks-donate"): "Local journalism
      // needs your support. Become a Courier member today. … [Monthly] [Annually] [Donate now]".
      // Named for donating, holding its form or button, and saying what it asks.
      selectors: '[class*="donate" i]:not(a):not(button), [class*="donation" i]:not(a):not(button)',
      signal: /\b(?:donate|donation|become a (?:[\w-]+ ){0,3}member|chip in|give now)\b/i,
      // A button, or a link to the donate page ("Donate now" styled as a button).
      contains: 'form, button, a[href*="donat" i]',
      // Named, linked and asking, the box may plead at more length than other asks ("Before you
      // keep reading… The Beacon is a nonprofit newsroom. We don’t have a paywall … please chip in.").
      maxWords: 90,
    },
    {
      selectors: 'p, div, aside, section',
      // A reader-funded site's callout: "The Waitaki Ledger is independent and reader-funded. Become a
      // supporter from $5 a month … Chip in here.", "Support independent criticism: become a Lantern
      // Friend from £4 a month". Becoming a member, supporter or friend from a price.
      // The ask opens the block, or follows one short sentence or a colon; "Fans can become a member from …" stays.
      signal: /^\W*(?:[^.:!?]{0,80}[.:!?]\s+)?become an? (?:[\w-]+ ){0,2}(?:member|supporter|friend|patron)s? from (?:₹|\$|€|£)\s?\d/i,
    },
    // A reader-funded site's box that opens on being free: "Prague Dispatch is free to read. Help
    // keep it that way. … Become a supporter from CZK 99 a month."
    {
      selectors: 'div, aside, section',
      signal: /^\W*[^.!?]{0,60}\bis free (?:to read|for (?:all|everyone))\b[^.!?]{0,30}[.!]\s+(?:please )?help (?:us )?keep it (?:that way|free)\b/i,
    },
    // A newsroom's question form: "Ask a question Got a question about the May 5 election? Ask our
    // newsroom and we may answer it … [Your question] [Submit question]". The question to the
    // reader, the ask at once, and the form that takes it.
    {
      selectors: 'div, aside, section, form',
      signal: /^\W*(?:ask (?:us )?a question\W+)?(?:got|have|do you have) a question (?:about|for|on)\b[^?]{0,80}\?\s*(?:ask|send|submit|tell)\b/i,
      contains: 'form, textarea',
    },
    // A member box after the story: "Become a member Members get our Saturday council recap, …
    // [Join the Current] Already have an account? Sign in" (Ghost's portal, membership CTAs).
    // Named for members or insiders, opening with the ask, holding a link, button or form to answer it.
    {
      selectors: '[class*="member" i]:not(a):not(button), [data-component*="member" i], [class*="insider" i]:not(a):not(button)',
      signal: /^\W*(?:become an? (?:[\w-]+ )?(?:member|supporter|insider)|join (?:us|today|now)|support (?:us|our work))\b/i,
      contains: 'a[href], [data-portal], button, form',
    },
    // "You can save this article by registering for free here. Or sign-in if you have an account."
    {
      selectors: 'p, div, aside, section',
      signal: /^\W*(?:you can )?(?:save|bookmark) (?:this|the) (?:article|story|piece)s? by (?:registering|signing (?:up|in)|creating an? (?:free )?account)\b/i,
    },
    // A station's tagline under the story: "For the latest news, weather, sports, and streaming
    // video, head to KWPS 8 News." The whole block is the line.
    // A box under its own heading: "Support Science Journalism / If you’re enjoying this article,
    // consider supporting our independent reporting by subscribing. … [Subscribe Now]".
    {
      selectors: 'div, aside, section',
      signal: /^\W*support (?:[\w-]+ ){0,2}(?:journalism|reporting)\b/i,
      contains: 'a[href], button',
    },
    // A paid tier's teaser: "Who won deadline day? Our front-office insiders grade every move.
    // Unlock Insider analysis with Pivot+. [Subscribe now]": the unlock, and a link to subscribe.
    {
      selectors: 'div, aside, section',
      signal: /\bunlock (?:[\w+'’-]+ ){0,4}(?:analysis|access|stories|articles|coverage|content|insights?|reporting)\b[^.]{0,40}\bwith\b/i,
      contains: 'a[href*="subscri" i], a[href*="/plus" i], a[href*="premium" i]',
    },
    {
      selectors: 'p, div, aside, section',
      signal: /^\W*(?:for|catch|get) (?:all )?the latest (?:[\w-]+,? (?:and )?){0,5}(?:news|updates|headlines|video)\b[^.]{0,60}?,? (?:head (?:over )?to|go to|visit|download|stream|watch)\b[^.]{0,60}\.?$/i,
    },
  ],
  // A box of at most 40 words that holds a form asks; no story paragraph holds one.
  proseWaivedIf: { contains: 'form', maxWords: 40 },
  // The ask: subscribe, join, give, download, or send the newsroom a tip (or reach it securely).
  require: /subscri|sign up|\bregister(?:ing)?\b|\bhead (?:over )?to\b|\bvisit\b|\bstream\b|\bwatch\b|member|inbox|support|donat|\bgive\b|follow|\bapp\b|\bsend\b|\be-?mail\b|\bcontact\b|\btell us\b|let us know|\breach (?:us|our|me)\b|\bsecurely\b|abonn|soutenez|\btext (?:us|the newsroom|our)\b|\bask (?:our|the) newsroom\b|\bsubmit (?:a |your )?question\b|\bcall (?:us|the newsroom|our)\b|whatsapp/i,
  // An ask may run past 20 words ("… Email it to money@… and we will try to answer it"):
  // sending something to the newsroom's address is no story prose.
  boilerplate: /^\W*subscribe to (?:[\w+&'’-]+\s){1,4}to (?:read|get|enjoy|access|unlock)\b.{0,200}\b(?:e-?paper|titles|unlimited|gadgets|devices)\b|^\W*catch (?:all )?the\b[^.]{0,140}\.\s*download (?:the|our) [\w .&'’-]{1,40}\bapp\b|\bsupport (?:our|local|independent) journalism\b|\bconsider supporting (?:our|local|independent|science)\b[^.]{0,30}\b(?:journalism|reporting)\b|^\W*(?:[^.:!?]{0,80}[.:!?]\s+)?become an? (?:[\w-]+ ){0,2}(?:member|supporter|friend|patron)s? from (?:₹|\$|€|£)\s?\d|\bmake a (?:[\w-]+ )?(?:gift|donation|contribution) of any amount\b|\b(?:depends on|powered by|funded by|made possible by) (?:listeners|readers|viewers|members|supporters) like you\b|\b(?:is|are) an? (?:independent,? )?(?:nonprofit|non-profit|reader-funded|reader-supported|member-supported) (?:newsroom|news (?:organi[sz]ation|site|outlet)|publication)\b|^\W*(?:members|supporters|subscribers) (?:get|enjoy|receive)\b|\bbecome an? (?:[\w-]+ ){0,2}(?:member|supporter|friend|patron)s? from (?:[A-Z]{3} ?|₹|\$|€|£)\s?\d+(?:[.,]\d+)? (?:a|per) (?:month|week|year)\b|\bpay what you can\b|\bkeeps? (?:our|local|independent) (?:journalism|news(?:room)?) free\b|\b(?:send|e-?mail|write to|contact|tell)(?: (?:it|them|us|your \w+))?(?: (?:to|at))? [\w.+-]+@[\w-]+\.\w/i,
  maxWords: 40,
};
