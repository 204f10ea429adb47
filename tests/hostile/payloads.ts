/**
 * The hostile corpus: markup a news page could carry to make a reader extension run its
 * script, load its URLs or clobber its code. Each payload becomes one fixture page (see
 * pages.ts). `HIT` stands for a call that records an execution; `BEACON` for a URL on the
 * test server that records a request. Sources: the OWASP XSS filter evasion cheat sheet,
 * DOMPurify's mXSS test cases and the HTML5 Security Cheatsheet, adapted.
 */
export interface Payload {
  id: string;
  /** Where it goes: in the story's body (default), or in the page's metadata. */
  where?: 'body' | 'meta';
  html: string;
  /**
   * The page's own focus handler may run again when closing the overlay gives focus back
   * to the element that had it (as it must, for keyboard users): that is the page running
   * its own code on its own element, not Declutter running the page's markup.
   */
  refocuses?: true;
}

export const payloads: Payload[] = [
  { id: 'script', html: '<script>HIT</script>' },
  { id: 'script-module', html: '<script type="module">HIT</script>' },
  { id: 'script-src', html: '<script src="BEACON"></script>' },
  { id: 'img-onerror', html: '<p>Photo: <img src="x-missing" onerror="HIT"> by staff.</p>' },
  { id: 'img-onload', html: '<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" onload="HIT" alt="dot"></p>' },
  { id: 'svg-onload', html: '<p><svg onload="HIT"><circle r="4"></circle></svg> Chart.</p>' },
  { id: 'svg-script', html: '<svg><script>HIT</script></svg>' },
  { id: 'svg-animate', html: '<svg><animate onbegin="HIT" attributeName="x" dur="1s"></animate></svg>' },
  { id: 'svg-set', html: '<svg><set attributeName="onmouseover" to="HIT"></set></svg>' },
  { id: 'svg-a-xlink', html: '<svg><a xlink:href="javascript:HIT"><text x="0" y="15">Read</text></a></svg>' },
  { id: 'svg-foreignobject', html: '<svg><foreignObject><img src="x-missing" onerror="HIT"></foreignObject></svg>' },
  { id: 'svg-style-mxss', html: '<svg><style><img src="x-missing" onerror="HIT"></style></svg>' },
  { id: 'math-mxss', html: '<math><mtext><table><mglyph><style><img src="x-missing" onerror="HIT"></style></mglyph></table></mtext></math>' },
  { id: 'math-href', html: '<p><math href="javascript:HIT"><mi>x</mi></math> squared.</p>' },
  { id: 'noscript-mxss', html: '<noscript><p title="</noscript><img src=x-missing onerror=HIT>"></p></noscript>' },
  { id: 'textarea-breakout', html: '<textarea><img src="x-missing" onerror="HIT"></textarea>' },
  { id: 'template', html: '<template><img src="x-missing" onerror="HIT"></template>' },
  { id: 'a-javascript', html: '<p>Read the <a href="javascript:HIT">full report</a> here.</p>' },
  { id: 'a-javascript-spaces', html: '<p>Read the <a href="  javascript:HIT">report</a>.</p>' },
  { id: 'a-javascript-tab', html: '<p>Read the <a href="jav&#x09;ascript:HIT">report</a>.</p>' },
  { id: 'a-javascript-entities', html: '<p>Read the <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;HIT">report</a>.</p>' },
  { id: 'a-vbscript', html: '<p>Read the <a href="vbscript:msgbox(1)">report</a>.</p>' },
  { id: 'a-data-html', html: '<p>Read the <a href="data:text/html,&lt;script&gt;HIT&lt;/script&gt;">report</a>.</p>' },
  { id: 'a-onclick', html: '<p>Read the <a href="#x" onclick="HIT">report</a>.</p>' },
  { id: 'iframe-javascript', html: '<iframe src="javascript:HIT"></iframe>' },
  { id: 'iframe-srcdoc', html: '<iframe srcdoc="&lt;script&gt;parent.HIT&lt;/script&gt;"></iframe>' },
  { id: 'iframe-beacon', html: '<iframe src="BEACON"></iframe>' },
  { id: 'object-data', html: '<object data="javascript:HIT"></object>' },
  { id: 'embed-src', html: '<embed src="BEACON">' },
  { id: 'form-action', html: '<form action="javascript:HIT"><button>Vote</button></form>' },
  { id: 'button-formaction', html: '<button formaction="javascript:HIT">Go</button>' },
  { id: 'input-autofocus', html: '<input autofocus onfocus="HIT">', refocuses: true },
  { id: 'details-ontoggle', html: '<details open ontoggle="HIT"><summary>More</summary>Text</details>' },
  { id: 'video-source-onerror', html: '<video><source onerror="HIT"></video>' },
  { id: 'audio-onerror', html: '<audio src="x-missing" onerror="HIT"></audio>' },
  { id: 'body-onload', html: '<body onload="HIT">' },
  { id: 'marquee-onstart', html: '<marquee onstart="HIT">Breaking</marquee>' },
  { id: 'div-onmouseover', html: '<div onmouseover="HIT" onpointerenter="HIT">Hover text in the story.</div>' },
  { id: 'style-attr-url', html: '<p style="background:url(BEACON)">A paragraph with a background.</p>' },
  { id: 'style-import', html: '<style>@import url(BEACON);</style>' },
  { id: 'style-bg', html: '<style>p::after { content: url(BEACON); }</style>' },
  { id: 'link-stylesheet', html: '<link rel="stylesheet" href="BEACON">' },
  { id: 'link-prefetch', html: '<link rel="prefetch" href="BEACON">' },
  { id: 'meta-refresh', html: '<meta http-equiv="refresh" content="0;url=BEACON">' },
  { id: 'base-href', html: '<base href="BEACON/">' },
  { id: 'img-srcset-js', html: '<img srcset="javascript:HIT 1x" alt="x">' },
  { id: 'image-tag', html: '<image src="x-missing" onerror="HIT">' },
  { id: 'portal', html: '<portal src="BEACON"></portal>' },
  { id: 'clobber-document', html: '<form id="document"><input name="body"></form><img name="getElementById"><a id="defaultView"></a>' },
  { id: 'clobber-proto', html: '<a id="__proto__" name="__proto__"></a><form name="attributes"></form><img id="DOMPurify">' },
  { id: 'escaped-text', html: '<p>The code &lt;img src=x onerror=HIT&gt; was shown on screen.</p>' },
  { id: 'comment-breakout', html: '<!--<img src="--><img src=x-missing onerror=HIT>-->' },
  { id: 'cdata-breakout', html: '<svg><![CDATA[><img src=x-missing onerror=HIT>]]></svg>' },
  { id: 'title-in-body', html: '<title><img src=x-missing onerror=HIT></title>' },
  { id: 'frameset', html: '<frameset onload="HIT"></frameset>' },
  { id: 'meta-title', where: 'meta', html: '<img src=x-missing onerror=HIT>' },
  { id: 'meta-script', where: 'meta', html: '"><script>HIT</script>' },
];
