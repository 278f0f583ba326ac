/**
 * Pictures into the store: `prepareImageAsset` names them as Sanity's export does, a
 * commit writes their files with their asset documents (and a failed one writes none),
 * and a store opened and closed without a commit leaves the folder as it was.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'

import {isStoreError, openDatasetStore, prepareImageAsset, readExport} from '@practice-press/sdk/node'
import {describe, expect, it} from 'vitest'

import {CONTENT, tempFolders} from './temp-folders.ts'

const {copyOfContent} = tempFolders('images')
/** A PNG the dataset does not have: the example logo with bytes after its end. */
async function newPng(): Promise<Buffer> {
  return Buffer.concat([await readFile(join(CONTENT, 'images/402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png')), Buffer.from('new')])
}
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true})).map(String).toSorted()
}

describe('prepareImageAsset', () => {
  it('names the asset by the SHA-1, dimensions and format, as an upload and the export do', async () => {
    const bytes = await newPng()
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const {document, file} = prepareImageAsset(bytes, {originalFilename: 'logo.png', now: new Date('2026-12-07T10:00:00Z')})
    expect(document).toEqual({
      _id: `image-${sha1}-512x512-png`,
      _type: 'sanity.imageAsset',
      _createdAt: '2026-12-07T10:00:00.000Z',
      _updatedAt: '2026-12-07T10:00:00.000Z',
      assetId: sha1,
      extension: 'png',
      mimeType: 'image/png',
      originalFilename: 'logo.png',
      path: `images/${sha1}-512x512.png`,
      sha1hash: sha1,
      size: bytes.byteLength,
      url: `/images/${sha1}-512x512.png`,
      metadata: {_type: 'sanity.imageMetadata', dimensions: {_type: 'sanity.imageDimensions', width: 512, height: 512, aspectRatio: 1}},
    })
    expect(file).toEqual({folder: 'images', name: `${sha1}-512x512.png`, bytes})
  })

  it('refuses bytes that are no picture, naming the file', () => {
    let error: unknown
    try {
      prepareImageAsset(Buffer.from('%PDF-1.7 not a picture'), {originalFilename: 'letter.pdf'})
    } catch (caught) {
      error = caught
    }
    expect(isStoreError(error) && error.code).toBe('invalid')
    expect((error as Error).message).toMatch(/^letter\.pdf is not a picture this site can show/)
  })
})

describe('commit with files', () => {
  it('writes the file with its asset document; after compaction both are in the export, read back as they went in', async () => {
    const dir = await copyOfContent()
    const {document, file} = prepareImageAsset(await newPng(), {originalFilename: 'logo.png'})
    const store = await openDatasetStore(dir)
    await store.commit(
      [{createIfNotExists: document}, {patch: {id: 'practice', set: {logo: {_type: 'imageWithCredit', alt: 'Logo', asset: {_type: 'reference', _ref: document._id}}}}}],
      {files: [file]},
    )
    expect(await readFile(join(dir, 'images', file.name))).toEqual(Buffer.from(file.bytes))
    expect(store.source.documents.find((stored) => stored._id === document._id)).toMatchObject({originalFilename: 'logo.png'})
    await store.close()
    const assets = JSON.parse(await readFile(join(dir, 'assets.json'), 'utf8')) as Record<string, {originalFilename?: string}>
    expect(assets[`image-${String(document.assetId)}`]?.originalFilename).toBe('logo.png')
    const reread = await readExport(dir)
    expect(reread.find((stored) => stored._id === document._id)).toMatchObject({_type: 'sanity.imageAsset', path: `images/${file.name}`, metadata: {dimensions: {width: 512, height: 512}}})
    expect(reread.find((stored) => stored._id === 'practice')).toMatchObject({logo: {asset: {_ref: document._id}}})
  })

  it('writes no file when the transaction is refused, and nothing at all when opened and closed without a commit', async () => {
    const dir = await copyOfContent()
    const before = await listing(dir)
    const idle = await openDatasetStore(dir)
    await idle.close()
    expect(await listing(dir)).toEqual(before)
    const {document, file} = prepareImageAsset(await newPng(), {originalFilename: 'logo.png'})
    const store = await openDatasetStore(dir)
    await expect(store.commit([{createIfNotExists: document}, {create: {_id: 'practice', _type: 'practice'}}], {files: [file]})).rejects.toMatchObject({code: 'exists'})
    await store.close()
    await expect(stat(join(dir, 'images', file.name))).rejects.toMatchObject({code: 'ENOENT'})
    expect(await listing(dir)).toEqual(before)
  })
})
