import {fromHtml} from '@practice-press/sdk/import'
const cases: Record<string, string> = {
  anchors4000: '<a href="https://x.example">'.repeat(4000) + 'x',
  spaceSpans4000: '<p>a' + '<span> </span>'.repeat(4000) + 'b</p>',
  spaceAnchors2000: ('<a href="https://x.example"> ').repeat(2000) + 'x',
  brs4000: '<p>a' + '<br>'.repeat(4000) + 'b</p>',
  imgs2000: '<p>' + '<img src="https://x.example/a.jpg">'.repeat(2000) + '</p>',
  emptyPs4000: '<p></p>'.repeat(4000) + '<p>x</p>',
}
for (const [name, html] of Object.entries(cases)) {
  const t = performance.now(); const r = fromHtml(html); console.log(name, Math.round(performance.now() - t), 'ms', r.blocks.length)
}
