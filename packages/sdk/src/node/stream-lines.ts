import {StringDecoder} from 'node:string_decoder'

/** The lines of a byte stream, decoded as UTF-8, without holding the whole stream. */
export async function* streamLines(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for await (const chunk of stream) {
    const decoded = rest + decoder.write(chunk as Buffer)
    let start = 0
    let end = decoded.indexOf('\n', start)
    while (end !== -1) {
      yield decoded.slice(start, end)
      start = end + 1
      end = decoded.indexOf('\n', start)
    }
    rest = decoded.slice(start)
  }
  rest += decoder.end()
  if (rest !== '') yield rest
}
