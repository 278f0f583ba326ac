import type {Schema} from 'hast-util-sanitize'

/**
 * What rendered HTML may hold, for hast-util-sanitize: exactly the elements, attributes,
 * classes and URL schemes the renderer writes, nothing else. Written out rather than
 * spread from GitHub's default schema, which allows far more (tables, `input`, dozens of
 * global attributes) than Portable Text produces. Differences from that default, on
 * purpose:
 *
 * - added: `figure`, `figcaption`, `aside`; `srcSet`, `sizes`, `width`, `height`,
 *   `loading="lazy"` or `"eager"`, `fetchpriority="high"`, `decoding="async"` on `img`; `rel` (`noopener`, `noreferrer`, and `nofollow`, `ugc`,
 *   `sponsored`, `external` as link plugins set them) and `target="_blank"` on `a`; `role="note"` on `aside`; `tel:` links;
 * - classes only from a fixed list per element (`callout-tip`, `pull-quote`, `button`…);
 * - `id` only on `h2`–`h4`, and not prefixed with `user-content-` (DOM clobbering): heading
 *   ids are slugs the renderer makes, so the table of contents links work without script.
 *   Set `headingIdPrefix` to prefix them;
 * - no `style`, no `on*`, no `data-*` attribute anywhere; `script` and `style` elements are
 *   dropped with their content, any other unknown element is unwrapped (its text kept).
 *
 * Extend it deliberately: `{...sanitizeSchema, tagNames: [...sanitizeSchema.tagNames!, 'table']}`.
 */
export const sanitizeSchema: Schema = {
  tagNames: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'a',
    'figure', 'figcaption', 'img', 'aside', 'span',
  ],
  attributes: {
    a: ['href', ['rel', 'noopener', 'noreferrer', 'nofollow', 'ugc', 'sponsored', 'external'], ['target', '_blank'], ['className', 'button']],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    ol: ['start'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', ['loading', 'lazy', 'eager'], ['fetchPriority', 'high'], ['decoding', 'async']],
    aside: [['role', 'note'], ['className', 'callout', 'callout-note', 'callout-tip', 'callout-important', 'callout-caution', 'callout-crisis']],
    figure: [['className', 'pull-quote']],
    p: [['className', 'callout-label', 'call-to-action']],
    span: [['className', 'credit']],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    srcSet: ['http', 'https'],
  },
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
}
