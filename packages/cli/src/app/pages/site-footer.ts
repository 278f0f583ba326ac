import {html, type SafeHtml} from '../lib/html.ts'
import {withPhoneLinks} from '../lib/phone-links.ts'
import {telHref} from '../lib/tel-href.ts'
import type {LayoutContext} from './layout.ts'

/**
 * The footer: offices, topics, how to reach the practice, crisis resources, feeds. The
 * practice's reply promise is about writing to it, so it is shown only beside a way to
 * write; the site data holds none at the practice level (offices have phones), so the
 * footer lists the offices' phone numbers and leaves the promise out rather than make it
 * beside no address. It links the contact page; the crisis notice's numbers are `tel:` links.
 */
export function siteFooter({site}: LayoutContext): SafeHtml {
  const practice = site.practice
  const crisis = practice?.crisisResources
  const phones = site.locations.filter((office): office is typeof office & {phone: string} => Boolean(office.phone))
  return html`<footer class="site-footer">
<div class="wrap">
<section aria-labelledby="footer-offices">
<h2 id="footer-offices">Offices</h2>
<ul>
${site.locations.map(
  (office) => html`<li><a href="/locations/${office.slug ?? ''}">${office.name}</a>${office.address?.city ? html`, ${office.address.city}${office.address.state ? html`, ${office.address.state}` : ''}` : ''}${
    office.acceptingNewClients ? html` · accepting new clients` : ''
  }</li>`,
)}
</ul>
</section>
${site.topics.length
  ? html`<section aria-labelledby="footer-topics">
<h2 id="footer-topics">Topics</h2>
<ul>
${site.topics.map((topic) => html`<li><a href="/topics/${topic.slug ?? ''}">${topic.title}</a></li>`)}
</ul>
</section>`
  : ''}
<section aria-labelledby="footer-contact">
<h2 id="footer-contact">Contact</h2>
${phones.length
  ? html`<ul>${phones.map((office) => html`<li>${office.name}: <a href="tel:${telHref(office.phone)}">${office.phone}</a></li>`)}</ul>`
  : ''}
<p><a href="/contact">All the ways to reach us</a></p>
${practice?.description ? html`<p>${practice.description}</p>` : ''}
</section>
${crisis?.text
  ? html`<section class="crisis" aria-labelledby="footer-crisis">
<h2 id="footer-crisis">${crisis.heading ?? 'If you need help now'}</h2>
<p>${withPhoneLinks(crisis.text)}</p>
</section>`
  : ''}
<section aria-labelledby="footer-follow">
<h2 id="footer-follow">Follow</h2>
<ul>
<li><a href="/rss.xml">RSS feed</a></li>
<li><a href="/atom.xml">Atom feed</a></li>
<li><a href="/feed.json">JSON Feed</a></li>
</ul>
<p>© ${new Date().getUTCFullYear()} ${practice?.name ?? ''}</p>
</section>
</div>
</footer>`
}
