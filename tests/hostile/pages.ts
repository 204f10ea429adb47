/**
 * Turns each payload into a news page: a real-looking story with the payload inside its
 * body (or in its title, site name and byline), plus a page-side recorder: `hit(id)`
 * counts an execution and pings the server, so an execution anywhere in the page shows.
 */
import type { Payload } from './payloads';

const paragraphs = [
  'The regional water authority said on Thursday that it would spend the next three years replacing the oldest pipes under the city centre, after a summer in which more than a hundred bursts left streets flooded and homes without water.',
  'Engineers estimate that a fifth of the water pumped into the network never reaches a tap. Most of it leaks from cast-iron mains laid more than a century ago, which crack when the ground dries out and shifts.',
  '“We have patched these pipes for long enough, and every summer the patches give way,” said Grace Mensah, the authority’s chief engineer. “This time we are replacing them, street by street.”',
  'The work will close some roads for several weeks at a time. The authority has promised to publish a timetable for each district at least a month before digging starts.',
  'Shop owners on the high street said they welcomed the plan but feared losing trade while the road was closed. The council said it would consider a rates holiday for businesses on the affected streets.',
  'Bills will rise by about two per cent a year to pay for the programme, the authority said, less than the increase it had proposed in the spring.',
];

const fill = (html: string, id: string) => html.replaceAll('HIT', `hit('${id}')`).replaceAll('BEACON', `/beacon/${id}`);
const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function hostilePage(p: Payload): string {
  const payload = fill(p.html, p.id);
  const meta = p.where === 'meta' ? payload : '';
  const body = p.where === 'meta' ? '' : payload;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Old water mains to be replaced across the city ${meta}</title>
<meta property="og:title" content="Old water mains to be replaced across the city ${attr(meta)}">
<meta property="og:site_name" content="The Daily Ledger ${attr(meta)}">
<meta name="author" content="Sam Ortiz ${attr(meta)}">
<meta property="article:published_time" content="2025-08-14T10:00:00+00:00">
<script>
window.__hits = [];
function hit(id) { window.__hits.push(id); new Image().src = '/beacon/js-' + id + '-' + window.__hits.length; }
</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Old water mains to be replaced across the city</h1>
<p>${paragraphs[0]}</p>
<p>${paragraphs[1]}</p>
${body}
<p>${paragraphs[2]}</p>
<p>${paragraphs[3]}</p>
<p>${paragraphs[4]}</p>
<p>${paragraphs[5]}</p>
</article>
<footer>The Daily Ledger</footer>
</body>
</html>`;
}
