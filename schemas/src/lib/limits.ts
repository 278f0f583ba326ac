/** Search engines show about this many characters of a page title. */
export const SEO_TITLE_MAX = 60

/** Search engines show about this many characters of a description. */
export const SEO_DESCRIPTION_MAX = 160

/** An excerpt shorter than this says too little in a list or a feed. */
export const EXCERPT_MIN = 50

/** An excerpt longer than this stops being a summary. */
export const EXCERPT_MAX = 200

/** The short bio appears under every article; keep it to a few sentences. */
export const SHORT_BIO_MAX = 300
