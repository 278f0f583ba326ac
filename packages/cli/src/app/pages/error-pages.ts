import {html} from '../lib/html.ts'
import type {PageContent} from './layout.ts'

/** The 404 page: no canonical link (it is no address's content), `noindex`. */
export function notFoundPage(): PageContent {
  return {
    title: 'Page not found',
    main: html`<div class="error-page"><h1>Page not found</h1><p>There is no page at this address. It may have moved, or the link may be mistyped.</p><p><a class="button" href="/">Go to the latest articles</a></p><p><a href="/search">Search the articles</a></p></div>`,
  }
}

/** The body of a 500 response: standalone, so it renders even when the content cannot be read. */
export function serverErrorDocument(): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Something went wrong</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><main id="main" class="wrap"><div class="error-page"><h1>Something went wrong</h1>
<p>This page could not be shown because of an error on our side. It has been logged. Please try again in a moment.</p>
<p><a class="button" href="/">Go to the home page</a></p></div></main></body></html>
`.__html
}
