/**
 * `practice-press import` as the therapist and a developer run it: the seed article pasted
 * into a .txt file, a folder of Markdown posts with YAML and TOML front matter and local
 * pictures, and a small WordPress export, each imported, then validated and served; the
 * same files imported again change nothing; every failure a message on stderr, a
 * non-zero exit, and the dataset folder byte-identical.
 */
import {createHash} from 'node:crypto'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'

import {runCli, startServer} from '@practice-press/cli'
import {readExport} from '@practice-press/sdk/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {repoPath, sharedPath} from '../support/shared.ts'

async function run(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, stopSignal: new Promise(() => {}), cwd})
  return {code, stdout, stderr}
}

/** Every file under a folder (hidden ones too) with the SHA-1 of its bytes. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else files[relative(folder, path)] = createHash('sha1').update(await readFile(path)).digest('hex')
    }
  }
  await walk(folder)
  return files
}

const seedFile = async () => {
  const names = (await readdir(sharedPath('seeds'))).filter((name) => name.endsWith('.txt'))
  return sharedPath('seeds', names[0] ?? 'missing.txt')
}

/** An imported article, as far as the tests read it. */
type Article = Record<string, unknown> & {body: Array<Record<string, unknown>>}

let work = ''
/** A fresh copy of the example dataset in its own folder. */
async function freshDataset(name: string): Promise<string> {
  const folder = join(work, name)
  await cp(repoPath('content'), folder, {recursive: true})
  return folder
}

const mugs = '0ef35daef701153dadde64cbd462bb66b91a1789-1600x900.jpg'
const logo = '402cd553fcba8237a570c3ec6ecc3a7688d15dc5-512x512.png'

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'practice-press-import-'))
  // The therapist's pasted article, as she would save it.
  await writeFile(join(work, 'rebuilding-trust.txt'), await readFile(await seedFile()))
  // An old static site: Markdown with YAML and TOML front matter, pictures beside the posts and at the site's root.
  await mkdir(join(work, 'old-site/posts/2021'), {recursive: true})
  await mkdir(join(work, 'old-site/static'), {recursive: true})
  // Pictures the dataset does not have yet: the example's, with a few bytes after their end (still the same picture to a reader).
  await writeFile(join(work, 'old-site/posts/2021/mugs.jpg'), Buffer.concat([await readFile(repoPath('content/images', mugs)), Buffer.from('old site')]))
  await writeFile(join(work, 'old-site/static/logo.png'), Buffer.concat([await readFile(repoPath('content/images', logo)), Buffer.from('old site')]))
  await writeFile(
    join(work, 'old-site/posts/2021/tea-together.md'),
    [
      '---',
      'title: "Tea together, every Sunday"',
      'date: 2021-03-14',
      'slug: tea-together',
      'excerpt: A small ritual that keeps two people talking.',
      'tags: [Couples, Rituals]',
      'layout: post',
      '---',
      '',
      'Make the tea, sit down, ask one question.',
      '',
      '![Two mugs on a table](mugs.jpg)',
      '',
      '## What to ask',
      '',
      'Ask what went well this week. Then [read our guide](https://example.com/guide).',
      '',
      '![A picture on the web](https://old.example/remote.jpg)',
      '',
    ].join('\n'),
  )
  await writeFile(
    join(work, 'old-site/posts/listening.md'),
    ['+++', 'title = "Listening first"', 'date = 2020-11-02T09:30:00Z', 'tags = ["Communication"]', '+++', '', '# Listening first', '', 'Listen until your partner feels heard.', '', '![The practice logo](/static/logo.png)', ''].join('\n'),
  )
  // A small WordPress export, with a local copy of its uploads beside it.
  await mkdir(join(work, 'wordpress/wp-content/uploads/2019/05'), {recursive: true})
  await cp(repoPath('content/images', mugs), join(work, 'wordpress/wp-content/uploads/2019/05/hero.jpg'))
  await writeFile(
    join(work, 'wordpress/export.xml'),
    `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Old blog</title>
  <link>https://old.example</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>Slowing down an argument</title>
    <dc:creator><![CDATA[admin]]></dc:creator>
    <content:encoded><![CDATA[When a talk turns into a fight, pause.

<h2>Take a break</h2>
Agree on a word that means <strong>twenty minutes, then we talk again</strong>.]]></content:encoded>
    <excerpt:encoded><![CDATA[How to pause before it escalates.]]></excerpt:encoded>
    <wp:post_id>12</wp:post_id>
    <wp:post_date_gmt><![CDATA[2019-05-20 16:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[slowing-down-an-argument]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="couples"><![CDATA[Couples]]></category>
    <category domain="post_tag" nicename="conflict"><![CDATA[Conflict]]></category>
    <category domain="post_tag" nicename="sleep"><![CDATA[Sleep]]></category>
    <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[40]]></wp:meta_value></wp:postmeta>
  </item>
  <item>
    <title>A draft about sleep</title>
    <content:encoded><![CDATA[<p>Not finished.</p>]]></content:encoded>
    <wp:post_id>13</wp:post_id>
    <wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[]]></wp:post_name>
    <wp:status><![CDATA[draft]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
  </item>
  <item>
    <title>About</title>
    <content:encoded><![CDATA[<p>About us.</p>]]></content:encoded>
    <wp:post_id>2</wp:post_id>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[page]]></wp:post_type>
  </item>
  <item>
    <title>hero</title>
    <wp:post_id>40</wp:post_id>
    <wp:post_type><![CDATA[attachment]]></wp:post_type>
    <wp:attachment_url><![CDATA[https://old.example/wp-content/uploads/2019/05/hero.jpg]]></wp:attachment_url>
  </item>
</channel>
</rss>
`,
  )
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('practice-press import', () => {
  it('imports the seed article pasted into a .txt file as a draft, and validate lists what she must still do', async () => {
    const dataset = await freshDataset('seed-dataset')
    const result = await run(['import', 'rebuilding-trust.txt', '--into', 'seed-dataset', '--author', 'lia-huynh'], work)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // The report as vfile-reporter prints it: the file, then line:column, level, message, kind.
    expect(result.stdout).toMatch(/^rebuilding-trust\.txt\n/)
    expect(result.stdout).toMatch(/1:1\s+warning\s+The text has no title of its own: its first line, "Talk with Lia", is the site's name\..*Until then it is called "Rebuilding trust", from the file's name\.\s+no-title/)
    expect(result.stdout).toMatch(/3:1\s+warning\s+The picture "Trust silhouette of man and woman under yellow sky" has no file yet: upload it and choose it\.\s+image-asset-unresolved/)
    expect(result.stdout).toContain('Imported 1 article (1 new, 0 updated, 0 unchanged), 0 new pictures, 0 new topics into seed-dataset, as drafts.')

    const documents = await readExport(dataset)
    const draft = documents.find((document) => document._id === 'drafts.imported-rebuilding-trust') as unknown as Article
    expect(draft).toMatchObject({_type: 'article', title: 'Rebuilding trust', slug: {current: 'rebuilding-trust'}, author: {_type: 'reference', _ref: 'author-lia-huynh'}})
    const styles = draft.body.map((block) => (block._type === 'block' ? block.style : block._type))
    expect(styles.filter((style) => style === 'h2').length).toBeGreaterThanOrEqual(3)
    expect(styles.filter((style) => style === 'normal').length).toBeGreaterThan(10)
    const pictures = draft.body.filter((block) => block._type === 'imageWithCredit')
    expect(pictures.map((picture) => picture.alt)).toEqual(['Trust silhouette of man and woman under yellow sky', 'couple sitting on the ground'])
    // The credit line under the second picture ("Photo by ... from Unsplash") became its credit.
    expect(pictures[1]?.credit).toMatchObject({_type: 'credit', name: expect.stringMatching(/\S/), source: 'Unsplash'})

    const validation = await run(['validate', 'seed-dataset'], work)
    expect(validation.code).toBe(1)
    const mine = validation.stdout.split('\n').filter((line) => line.includes('drafts.imported-rebuilding-trust')).map((line) => line.split(/\s{2,}/))
    expect(mine.map(([level, , path]) => `${level} ${path?.replace(/_key=="\w+"/, '_key')}`)).toEqual([
      'error body[_key]',
      'error body[_key]',
      'error excerpt',
      'error heroImage',
      'error publishedAt',
    ])
    expect(validation.stdout).toContain('Choose or upload a picture, or remove this one.')
    expect(validation.stdout).toContain('Add a main picture for the article.')
    expect(validation.stdout).toContain('Write an excerpt')

    // Imported again, unchanged: nothing changes, the same draft.
    const before = await snapshot(dataset)
    const again = await run(['import', 'rebuilding-trust.txt', '--into', 'seed-dataset', '--author', 'lia-huynh'], work)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Imported 1 article (0 new, 0 updated, 1 unchanged)')
    expect(await snapshot(dataset)).toEqual(before)
  })

  it('imports a folder of Markdown posts with front matter and local pictures, published, and serve shows the pictures', async () => {
    const dataset = await freshDataset('site-dataset')
    const result = await run(['import', 'old-site', '--into', 'site-dataset', '--author', 'lia-huynh', '--publish', '--json'], work)
    expect(result.code).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.articles.map((article: {source: string; documentId: string; slug: string; operation: string}) => [article.source, article.documentId, article.slug, article.operation])).toEqual([
      ['old-site/posts/2021/tea-together.md', 'imported-tea-together', 'tea-together', 'create'],
      ['old-site/posts/listening.md', 'imported-old-site-posts-listening', 'listening-first', 'create'],
    ])
    expect(summary).toMatchObject({images: 2, topics: ['topic-rituals'], problems: [], dryRun: false})
    const tea = summary.articles[0].report.map((entry: {kind: string}) => entry.kind)
    expect(tea).toContain('front-matter-field') // "layout" fills no field
    expect(tea).toContain('image-asset-unresolved') // the picture on the web is listed, not fetched
    expect(tea).not.toContain('image-file')

    const documents = await readExport(dataset)
    const article = documents.find((document) => document._id === 'imported-tea-together') as unknown as Article
    expect(article).toMatchObject({
      title: 'Tea together, every Sunday',
      publishedAt: '2021-03-14T00:00:00.000Z',
      excerpt: 'A small ritual that keeps two people talking.',
      topics: [{_ref: 'topic-couples'}, {_ref: 'topic-rituals'}],
    })
    const mugsId = `image-${createHash('sha1').update(await readFile(join(work, 'old-site/posts/2021/mugs.jpg'))).digest('hex')}-1600x900-jpg`
    const logoId = `image-${createHash('sha1').update(await readFile(join(work, 'old-site/static/logo.png'))).digest('hex')}-512x512-png`
    const picture = article.body.find((block) => block._type === 'imageWithCredit' && block.alt === 'Two mugs on a table')
    expect(picture).toMatchObject({asset: {_ref: mugsId}})
    const listening = documents.find((document) => document._id === 'imported-old-site-posts-listening') as unknown as Article
    expect(listening.title).toBe('Listening first')
    expect(listening.body[0]).toMatchObject({_type: 'block', style: 'normal'}) // the "# Listening first" heading became the title
    expect(listening.body.find((block) => block._type === 'imageWithCredit')).toMatchObject({asset: {_ref: logoId}})
    expect(documents.find((document) => document._id === 'topic-rituals')).toMatchObject({_type: 'topic', title: 'Rituals', slug: {current: 'rituals'}})
    expect(documents.find((document) => document._id === mugsId)).toMatchObject({_type: 'sanity.imageAsset', originalFilename: 'mugs.jpg', metadata: {dimensions: {width: 1600, height: 900}}})
    expect(documents.find((document) => document._id === logoId)).toMatchObject({_type: 'sanity.imageAsset', originalFilename: 'logo.png'})

    const server = await startServer({dataset, host: '127.0.0.1', port: 0, log: () => undefined, watch: false, imageCacheDir: join(work, 'image-cache')})
    try {
      const page = await (await fetch(`${server.origin}/articles/tea-together`)).text()
      expect(page).toContain('Tea together, every Sunday')
      const source = new RegExp(`<img[^>]+src="([^"]*${mugsId.split('-')[1]}[^"]*)"`).exec(page)?.[1]
      expect(source).toBeDefined()
      const image = await fetch(new URL(source!.replaceAll('&amp;', '&'), server.origin))
      expect([image.status, image.headers.get('content-type')?.startsWith('image/')]).toEqual([200, true])
    } finally {
      await server.close()
    }

    // Exported back to Markdown and imported again: no change at all.
    const before = await snapshot(dataset)
    expect((await run(['export', 'markdown', 'site-dataset', '--out', 'site-export', '--lossless'], work)).code).toBe(0)
    const again = JSON.parse((await run(['import', 'site-export', '--into', 'site-dataset', '--publish', '--json'], work)).stdout)
    expect(again.articles.filter((entry: {documentId: string}) => entry.documentId.startsWith('imported-')).map((entry: {documentId: string; operation: string}) => [entry.documentId, entry.operation])).toEqual([
      ['imported-old-site-posts-listening', 'unchanged'],
      ['imported-tea-together', 'unchanged'],
    ])
    expect(again.articles.filter((entry: {operation: string}) => entry.operation !== 'unchanged')).toEqual([])
    expect(await snapshot(dataset)).toEqual(before)
  })

  it('reads a WordPress export: posts as articles, pages counted, categories and tags as topics, the featured image from a local copy', async () => {
    const dataset = await freshDataset('wordpress-dataset')
    const result = await run(['import', 'wordpress/export.xml', '--into', 'wordpress-dataset'], work)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('export.xml › Slowing down an argument')
    expect(result.stdout).toContain('The WordPress export also held 1 page, 1 attachment: not imported (only posts are articles).')
    const documents = await readExport(dataset)
    const post = documents.find((document) => document._id === 'drafts.imported-wordpress-old-example-12') as unknown as Article
    expect(post).toMatchObject({
      title: 'Slowing down an argument',
      slug: {current: 'slowing-down-an-argument'},
      excerpt: 'How to pause before it escalates.',
      publishedAt: '2019-05-20T16:00:00.000Z',
      topics: [{_ref: 'topic-couples'}, {_ref: 'topic-conflict'}, {_ref: 'topic-sleep'}],
      heroImage: {asset: {_ref: 'image-0ef35daef701153dadde64cbd462bb66b91a1789-1600x900-jpg'}},
    })
    expect(post.body.map((block) => (block._type === 'block' ? block.style : block._type))).toEqual(['normal', 'h2', 'normal'])
    expect(documents.find((document) => document._id === 'drafts.imported-wordpress-old-example-13')).toMatchObject({title: 'A draft about sleep', slug: {current: 'a-draft-about-sleep'}})
    expect(documents.find((document) => document._id === 'drafts.topic-sleep')).toMatchObject({_type: 'topic', title: 'Sleep', slug: {current: 'sleep'}})
  })

  it('changes nothing with --dry-run, and updates the same draft when a file changed', async () => {
    const dataset = await freshDataset('rerun-dataset')
    const before = await snapshot(dataset)
    const dry = await run(['import', 'old-site', '--into', 'rerun-dataset', '--dry-run'], work)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('Dry run: would import 2 articles (2 new, 0 updated, 0 unchanged), 2 new pictures, 1 new topic into rerun-dataset. Nothing was changed.')
    expect(await snapshot(dataset)).toEqual(before)

    const post = join(work, 'edited.md')
    await writeFile(post, '# First words\n\nOne.\n')
    expect((await run(['import', post, '--into', 'rerun-dataset'], work)).stdout).toContain('(1 new, 0 updated, 0 unchanged)')
    await writeFile(post, '# First words\n\nOne, and two.\n')
    expect((await run(['import', post, '--into', 'rerun-dataset'], work)).stdout).toContain('(0 new, 1 updated, 0 unchanged)')
    const drafts = (await readExport(dataset)).filter((document) => document._id.startsWith('drafts.imported-edited'))
    expect(drafts.map((document) => document._id)).toEqual(['drafts.imported-edited'])
  })

  it('takes odd and hostile input safely: ids in ASCII, no picture from outside the folder, no script address, dates in UTC', async () => {
    const dataset = await freshDataset('odd-dataset')
    const odd = join(work, 'odd')
    await mkdir(join(odd, 'posts'), {recursive: true})
    await mkdir(join(work, 'secret'), {recursive: true})
    await writeFile(join(work, 'secret/private.png'), Buffer.concat([await readFile(repoPath('content/images', logo)), Buffer.from('secret')]))
    await writeFile(join(odd, 'posts/café.md'), '---\ntitle: Café\ndate: 2024-03-15 09:30\ncanonical_url: "javascript:alert(1)"\n---\n\n![Up and out](../../secret/private.png)\n\n![From the root](/../secret/private.png)\n')
    await writeFile(join(odd, 'posts/夫婦.md'), '# 夫婦\n\nText.\n')
    await symlink(join(odd, 'posts/夫婦.md'), join(odd, 'linked.md'))
    const result = await run(['import', 'odd', '--into', 'odd-dataset', '--json'], work)
    expect(result.code).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.images).toBe(0)
    const ids = summary.articles.map((article: {documentId: string}) => article.documentId)
    expect(ids).toEqual(['drafts.imported-odd-linked', 'drafts.imported-odd-posts-cafe', expect.stringMatching(/^drafts\.imported-odd-posts-[0-9a-f]{8}$/)])
    const cafe = summary.articles[1].report.map((entry: {kind: string; message: string}) => `${entry.kind}: ${entry.message}`)
    expect(cafe.filter((line: string) => line.startsWith('image-file')).length).toBe(2)
    expect(cafe.some((line: string) => line.includes('is outside the folder being imported'))).toBe(true)
    expect(cafe.some((line: string) => line.includes('canonical_url: "javascript:alert(1)" is not a web address'))).toBe(true)
    const stored = (await readExport(dataset)).find((document) => document._id === 'drafts.imported-odd-posts-cafe')
    expect(stored).toMatchObject({publishedAt: '2024-03-15T09:30:00.000Z'})
    expect(stored?.canonicalUrl).toBeUndefined()

    // A WordPress export whose picture address climbs out of the folder: not read.
    await mkdir(join(work, 'odd-wp'), {recursive: true})
    await writeFile(join(work, 'odd-wp/export.xml'), `<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>Climb</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded><![CDATA[<p><img src="https://old.example/wp-content/..%2F..%2Fsecret%2Fprivate.png" alt="x"></p>]]></content:encoded></item></channel></rss>`)
    expect(JSON.parse((await run(['import', 'odd-wp/export.xml', '--into', 'odd-dataset', '--json'], work)).stdout).images).toBe(0)

    // A plain RSS feed is no WordPress export: nothing imported.
    await writeFile(join(work, 'odd-wp/feed.xml'), '<rss version="2.0"><channel><title>Just RSS</title><item><title>A</title></item></channel></rss>')
    const rss = await run(['import', 'odd-wp/feed.xml', '--into', 'odd-dataset'], work)
    expect(rss.code).toBe(1)
    expect(rss.stdout).toContain('not a WordPress export')
  })

  it('publishes, with the article, a topic an earlier import left as a draft', async () => {
    const dataset = await freshDataset('topic-dataset')
    await writeFile(join(work, 'grief.md'), '---\ntitle: On grief\ntags: [Grief]\n---\n\nText.\n')
    await run(['import', 'grief.md', '--into', 'topic-dataset'], work)
    const published = JSON.parse((await run(['import', 'grief.md', '--into', 'topic-dataset', '--publish', '--json'], work)).stdout)
    expect(published.articles[0].report.map((entry: {kind: string}) => entry.kind)).toContain('kept-draft')
    const documents = await readExport(dataset)
    expect(documents.find((document) => document._id === 'topic-grief')).toMatchObject({_type: 'topic', title: 'Grief'})
    expect(documents.find((document) => document._id === 'drafts.topic-grief')).toBeDefined()
    const validation = await run(['validate', 'topic-dataset'], work)
    expect(validation.stdout).not.toContain('is not published yet')
  })

  it('fails with a message and a non-zero exit, leaving the dataset byte-identical', async () => {
    const dataset = await freshDataset('failing-dataset')
    const before = await snapshot(dataset)
    await writeFile(join(work, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))
    await writeFile(join(work, 'big.md'), `${'word '.repeat(300_000)}\n`)
    const cases: Array<[string[], number, string]> = [
      [['import', 'nothing-here.md', '--into', 'failing-dataset'], 1, 'nothing-here.md\n error there is no file or folder here. Check the path.'],
      [['import', 'old-site', 'nothing-here.md', '--into', 'failing-dataset'], 1, 'Nothing was imported: 1 file could not be read (above).'],
      [['import', 'latin1.txt', '--into', 'failing-dataset'], 1, 'it is not UTF-8 text: open it and save it as UTF-8'],
      [['import', 'big.md', '--into', 'failing-dataset', '--max-file-size', '1'], 1, 'more than the 1 MiB a file may have'],
      [['import', 'old-site', '--into', 'failing-dataset', '--author', 'nobody'], 2, "--author must be the slug of a clinician's profile in the dataset (lia-huynh, sam-rivera)"],
      [['import', 'old-site', '--into', 'failing-dataset', '--format', 'docx'], 2, '--format must be md, html, text or wxr; got "docx".'],
      [['import', 'old-site', '--into', 'failing-dataset', '--overwrite'], 2, 'unknown option --overwrite for "import"'],
      [['import', '--into', 'failing-dataset'], 2, "missing required argument 'paths'"],
      [['import', 'old-site', '--into', 'no-dataset-here'], 3, 'no-dataset-here'],
    ]
    for (const [args, code, message] of cases) {
      const result = await run(args, work)
      expect({args, code: result.code, said: `${result.stdout}${result.stderr}`.includes(message)}).toEqual({args, code, said: true})
      expect(await snapshot(dataset)).toEqual(before)
    }
    const corrupt = await freshDataset('corrupt-dataset')
    await writeFile(join(corrupt, 'data.ndjson'), `${await readFile(join(corrupt, 'data.ndjson'), 'utf8')}{"_id": "broken", \n`)
    const corruptBefore = await snapshot(corrupt)
    const result = await run(['import', 'old-site', '--into', 'corrupt-dataset'], work)
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/data\.ndjson:\d+/)
    expect(await snapshot(corrupt)).toEqual(corruptBefore)
    const help = await run(['import', '--help'], work)
    expect([help.code, help.stdout.includes('Usage: practice-press import [options] <paths...>'), help.stdout.includes('Exit codes:')]).toEqual([0, true, true])
  })
})

describe('serve beside import', () => {
  it('shows an import within a second', async () => {
    const dataset = await freshDataset('served-dataset')
    const logs: string[] = []
    const server = await startServer({dataset, host: '127.0.0.1', port: 0, log: (line) => logs.push(line), imageCacheDir: join(work, 'served-cache')})
    try {
      expect((await fetch(`${server.origin}/articles/tea-together`)).status).toBe(404)
      await writeFile(join(work, 'served-post.md'), '---\ntitle: Tea together\nslug: tea-together\nexcerpt: A ritual.\n---\n\nMake the tea.\n')
      expect((await run(['import', 'served-post.md', '--into', 'served-dataset', '--publish', '--author', 'lia-huynh'], work)).code).toBe(0)
      const started = performance.now()
      let status = 0
      while (performance.now() - started < 1000) {
        status = (await fetch(`${server.origin}/articles/tea-together`)).status
        if (status === 200) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(status).toBe(200)
      // By the journal's event when serve reads it before the import compacts it into
      // data.ndjson as the command ends, else by reading the export again: either way once
      // per change, never the whole folder on every file event.
      const reloads = logs.filter((line) => line.startsWith('Reloaded'))
      expect(reloads.length).toBeGreaterThanOrEqual(1)
      expect(reloads.length).toBeLessThanOrEqual(2)
      for (const line of reloads) expect(line).toMatch(/^Reloaded .*: 31 documents( \(1 new transaction from the store's journal\))?\.$/)
    } finally {
      await server.close()
    }
  })
})
