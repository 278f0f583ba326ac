import type {AppContext} from '../app-env.ts'

/** An asset file name as the SDK writes it: `{sha1}-{w}x{h}.{ext}`. Anything else (`..`, slashes) is 404. */
export const IMAGE_FILE = /^[0-9a-f]{40}-\d{1,5}x\d{1,5}\.(jpe?g|png|webp|gif|avif|svg|tiff?)$/

/** `/images/{file}`: handed to the runtime's image service (sharp on Node); 404 without one or for a name that is not an asset's. */
export async function image(c: AppContext): Promise<Response> {
  const file = c.req.param('file') ?? ''
  const service = c.get('options').images
  if (!service || !IMAGE_FILE.test(file)) {
    c.header('cache-control', 'no-cache')
    return c.text('No such image.', 404)
  }
  return service(c.req.raw, file)
}
