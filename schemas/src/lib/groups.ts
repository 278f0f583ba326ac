import {CogIcon, DocumentTextIcon, EarthGlobeIcon, ShareIcon} from '@sanity/icons'
import type {FieldGroupDefinition} from 'sanity'

/** The tabs an article's fields are sorted into. */
export const articleGroups: FieldGroupDefinition[] = [
  {name: 'content', title: 'Content', icon: DocumentTextIcon, default: true},
  {name: 'details', title: 'Details', icon: CogIcon},
  {name: 'seo', title: 'SEO', icon: EarthGlobeIcon},
  {name: 'syndication', title: 'Syndication', icon: ShareIcon},
]
