import {balancedStones, benchAtSunset, houseBehindFence, softWaves, sunrise, windingPath} from './scenes-outdoors.ts'
import {mapPin, openDoor, practiceMark, silhouettePortrait, twoBubbles, twoMugs} from './scenes-indoors.ts'

/** One picture of the example dataset: how to draw it and how to encode it. */
export interface ImageSpec {
  /** Stable name, also the asset's `originalFilename` without its extension. */
  name: string
  /** JPEG for pictures, PNG for the logo (it needs transparency). */
  format: 'jpeg' | 'png'
  /** Width in pixels. */
  width: number
  /** Height in pixels. */
  height: number
  /** Returns the SVG source of the picture at the given size. */
  draw: (width: number, height: number) => string
}

const hero = (name: string, draw: ImageSpec['draw']): ImageSpec => ({name, format: 'jpeg', width: 1600, height: 900, draw})
const inline = (name: string, draw: ImageSpec['draw']): ImageSpec => ({name, format: 'jpeg', width: 1200, height: 800, draw})

/** Every picture of the example dataset, in the order the script draws and lists them. */
export const IMAGE_SPECS: readonly ImageSpec[] = [
  {name: 'practice-logo', format: 'png', width: 512, height: 512, draw: practiceMark},
  {name: 'portrait-sam-rivera', format: 'jpeg', width: 800, height: 800, draw: silhouettePortrait},
  hero('hero-bench-at-sunset', benchAtSunset),
  hero('hero-two-speech-bubbles', twoBubbles),
  hero('hero-house-and-fence', houseBehindFence),
  hero('hero-two-mugs', twoMugs),
  hero('hero-open-door', openDoor),
  hero('hero-balanced-stones', balancedStones),
  hero('hero-sunrise', sunrise),
  inline('inline-winding-path', windingPath),
  inline('inline-soft-waves', softWaves),
  inline('inline-map-pin', mapPin),
]
