// The languages of docs/en/mkdocs.yml and of docs/es/mkdocs.yml (INHERIT: ../en/mkdocs.yml) come out as one site,
// as MkDocs 1.6.1 + Material 9.6.4 publish them when each is built on its own (expected/facts.txt): the same files,
// and on every page the same language, title, top-level navigation and article links. The language switcher is
// compared apart: Material's links every page to the other language's home (extra.alternate), Folio's to the same
// page in the other language.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'

// Read and compared by ../page-facts.groovy (the ITs' source folder, beside this one's copy), the switcher apart.
def pageFacts = evaluate(new File(basedir, '../../../src/it/page-facts.groovy'))
def read = pageFacts.read(new File(basedir, 'target/site'))
def withoutSwitcher = { List lines -> lines.collect { it.startsWith('page\t') ? it.split('\t')[0..4].join('\t') : it } }
pageFacts.assertSame(withoutSwitcher(read.facts),
        withoutSwitcher(new File(basedir, 'expected/facts.txt').readLines('UTF-8').findAll { !it.startsWith('#') }))
assert read.switchers['guide/index.html'] == 'en=/guide/ es=/es/guide/' : read.switchers['guide/index.html']
assert read.switchers['es/index.html'] == 'en=/ es=/es/' : read.switchers['es/index.html']
true
