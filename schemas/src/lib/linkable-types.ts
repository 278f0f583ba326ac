/** The document types an internal link or a call to action can point at. */
export const LINKABLE_TYPES = [{type: 'article'}, {type: 'author'}, {type: 'location'}]
