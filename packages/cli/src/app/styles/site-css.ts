/**
 * The site's one stylesheet, served at `/assets/site.css` (a string, so the app needs no
 * file system). System fonts, a readable measure, light and dark, no framework.
 */
export const SITE_CSS = `
:root {
  --bg: #fbfaf7; --surface: #ffffff; --text: #1d2327; --muted: #4a555c; --accent: #1f5a66;
  --accent-text: #ffffff; --border: #d9d6cf; --note: #eef5f6; --warn-bg: #fff4d6; --warn-text: #4d3300;
  --crisis-bg: #fdecea; --crisis-border: #a8322a; --radius: 10px;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15191b; --surface: #1d2326; --text: #eceae6; --muted: #b9c1c5; --accent: #8fd0dc;
    --accent-text: #0d1b1e; --border: #384247; --note: #1e2d31; --warn-bg: #3d3000; --warn-text: #ffe9a8;
    --crisis-bg: #3a1a17; --crisis-border: #f0918a;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
img { max-width: 100%; height: auto; }
h1, h2, h3, h4 { line-height: 1.25; font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-weight: 600; }
h1 { font-size: clamp(1.9rem, 4vw, 2.6rem); margin: 0.4em 0; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.measure { max-width: 42rem; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-text); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sample-banner { background: var(--warn-bg); color: var(--warn-text); padding: 0.6rem 0; font-size: 0.95rem; border-bottom: 1px solid var(--border); }
.preview-banner { background: var(--accent); color: var(--accent-text); padding: 0.6rem 0; }
.preview-banner a { color: var(--accent-text); }
.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.site-header > .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 2rem; padding-top: 0.9rem; padding-bottom: 0.9rem; }
.brand { display: flex; align-items: center; gap: 0.75rem; color: var(--text); text-decoration: none; font-family: Georgia, serif; font-size: 1.35rem; font-weight: 600; }
.brand img { width: 48px; height: 48px; border-radius: 50%; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { text-decoration: none; font-weight: 500; }
.site-nav a[aria-current="page"] { text-decoration: underline; }
.search-form { display: flex; gap: 0.4rem; margin-left: auto; max-width: 100%; }
/* Shrinks rather than push the page sideways at 320 CSS px (WCAG 2.2, 1.4.10 Reflow). */
.search-form input { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--text); width: 12rem; min-width: 0; flex: 1 1 auto; }
button, .button { font: inherit; font-weight: 600; padding: 0.4rem 0.9rem; border: 0; border-radius: 6px; background: var(--accent); color: var(--accent-text); cursor: pointer; text-decoration: none; display: inline-block; }
main { padding: 2rem 0 3rem; }
.lede { font-size: 1.2rem; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1.5rem; list-style: none; padding: 0; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); overflow: hidden; display: flex; flex-direction: column; }
.card img { aspect-ratio: 16 / 9; object-fit: cover; width: 100%; }
.card-body { padding: 1rem 1.1rem 1.2rem; }
.card h2, .card h3 { font-size: 1.25rem; margin: 0.2rem 0 0.5rem; }
.card h2 a, .card h3 a { color: var(--text); text-decoration: none; }
.card h2 a:hover, .card h3 a:hover { text-decoration: underline; }
.meta { color: var(--muted); font-size: 0.93rem; }
.tags { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 0.6rem 0; }
.tags a { display: inline-block; border: 1px solid var(--border); border-radius: 999px; padding: 0.1rem 0.7rem; font-size: 0.9rem; text-decoration: none; background: var(--bg); }
.pager { display: flex; justify-content: space-between; margin-top: 2rem; }
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; }
@media (min-width: 60rem) { .article-layout { grid-template-columns: minmax(0, 42rem) 16rem; justify-content: space-between; } .toc-aside { position: sticky; top: 1rem; align-self: start; } .toc-inline { display: none; } }
@media (max-width: 59.99rem) { .toc-aside { display: none; } }
.toc-inline summary { font-weight: 600; cursor: pointer; }
.toc-inline details[open] summary { margin-bottom: 0.5rem; }
.hero { margin: 0.75rem 0 1.25rem; }
/* Capped, so the first screen shows the start of the article under the picture. */
.hero img { width: 100%; max-height: min(30vh, 24rem); object-fit: cover; border-radius: var(--radius); }
.hero figcaption, figure figcaption { font-size: 0.9rem; color: var(--muted); }
.byline { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; color: var(--muted); }
.toc { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.2rem; font-size: 0.95rem; }
.toc h2 { font-size: 1rem; margin: 0 0 0.5rem; font-family: inherit; }
.toc ol { margin: 0; padding-left: 1.1rem; }
.toc ol ol { padding-left: 1rem; list-style-type: lower-alpha; }
.prose figure { margin: 1.5rem 0; }
.prose img { border-radius: 6px; }
.prose blockquote { margin: 1.5rem 0; padding: 0.2rem 1.2rem; border-left: 4px solid var(--accent); color: var(--muted); }
.prose aside, .note { background: var(--note); border-left: 4px solid var(--accent); border-radius: 6px; padding: 0.8rem 1.1rem; margin: 1.5rem 0; }
.callout-label { font-weight: 700; margin: 0 0 0.3rem; }
.prose .pull-quote { font-family: Georgia, serif; font-size: 1.3rem; margin: 2rem 0; padding-left: 1.2rem; border-left: 4px solid var(--border); }
/* One bar: the figure draws it, not the quotation inside. */
.prose .pull-quote blockquote { margin: 0; padding: 0; border-left: 0; color: inherit; }
.prose .call-to-action { margin: 1.5rem 0; }
.prose .credit { display: block; }
.prose aside.callout-crisis, .crisis { background: var(--crisis-bg); border-left: 4px solid var(--crisis-border); }
.prose code { font-size: 0.92em; background: var(--note); padding: 0.05em 0.3em; border-radius: 4px; }
.crisis { border-radius: 6px; padding: 0.8rem 1.1rem; margin: 1.5rem 0; }
.office { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1.2rem 1.4rem; }
.office dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1.2rem; }
.office dt { font-weight: 600; }
.office dd { margin: 0; }
.hours { border-collapse: collapse; }
.hours th, .hours td { text-align: left; padding: 0.2rem 1rem 0.2rem 0; }
.badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; background: var(--note); border: 1px solid var(--border); font-size: 0.9rem; }
.author-card { display: flex; gap: 1rem; align-items: flex-start; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.2rem; margin: 2rem 0; max-width: 42rem; }
.author-card > div { min-width: 0; overflow-wrap: anywhere; }
.author-card p { margin: 0 0 0.4rem; }
.author-card-name { font-weight: 600; }
.portrait-small { border-radius: 50%; width: 72px; height: 72px; object-fit: cover; flex: none; }
.contact-list { list-style: none; padding: 0; margin: 0.4rem 0; }
.portrait { border-radius: 50%; width: 160px; height: 160px; object-fit: cover; }
.profile { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; }
.site-footer { background: var(--surface); border-top: 1px solid var(--border); padding: 2rem 0; font-size: 0.95rem; }
.site-footer .wrap { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
.site-footer h2 { font-size: 1.05rem; margin: 0 0 0.4rem; font-family: inherit; }
.site-footer ul { list-style: none; padding: 0; margin: 0; }
.site-footer address { font-style: normal; }
.error-page { text-align: center; padding: 3rem 0; }
.print-only { display: none; }
/* On paper: the article alone, with its byline, its address, link URLs written out and the crisis notice. */
@media print {
  :root { --bg: #fff; --surface: #fff; --text: #000; --muted: #333; --accent: #000; --border: #999; --note: #fff; --crisis-bg: #fff; --crisis-border: #000; }
  body { font-size: 11pt; line-height: 1.45; }
  .site-header, .site-footer, .skip-link, .preview-banner, .toc, .tags, .pager, .related, .search-form, .author-card img { display: none !important; }
  .print-only { display: block; }
  main { padding: 0; }
  .wrap { max-width: none; padding: 0; }
  .article-layout { display: block; }
  h1 { font-size: 20pt; }
  .lede { font-size: 12pt; }
  .hero img { max-height: 7cm; }
  /* Addresses on this site are written as paths: the page's own address is printed under the byline. */
  .prose a[href^="http"]::after, .prose a[href^="/"]::after { content: " (" attr(href) ")"; font-size: 0.9em; font-weight: 400; overflow-wrap: anywhere; }
  .prose .button { background: none; color: inherit; padding: 0; font-weight: 600; text-decoration: underline; }
  figure, blockquote, aside, .note { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`
