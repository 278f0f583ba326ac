import {CogIcon} from '@sanity/icons/Cog'
import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {EarthGlobeIcon} from '@sanity/icons/EarthGlobe'
import {ShareIcon} from '@sanity/icons/Share'
import type {FieldGroupDefinition} from 'sanity'

/** The tabs an article's fields are sorted into. */
export const articleGroups: FieldGroupDefinition[] = [
  {name: 'content', title: 'Content', icon: DocumentTextIcon, default: true},
  {name: 'details', title: 'Details', icon: CogIcon},
  {name: 'seo', title: 'SEO', icon: EarthGlobeIcon},
  {name: 'syndication', title: 'Syndication', icon: ShareIcon},
]
