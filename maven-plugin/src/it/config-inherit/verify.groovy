// The languages of docs/en/mkdocs.yml and of docs/es/mkdocs.yml (INHERIT: ../en/mkdocs.yml) come out as one site,
// as MkDocs 1.6.1 + Material 9.6.4 publish them when each is built on its own (expected/facts.txt): the same files,
// and on every page the same language, title, top-level navigation and article links. The language switcher is
// compared apart: Material's links every page to the other language's home (extra.alternate), Folio's to the same
// page in the other language.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'

// The facts, as ../page-facts.groovy reads them (the ITs' source folder, beside this one's copy), the switcher apart.
def read = evaluate(new File(basedir, '../../../src/it/page-facts.groovy'))(new File(basedir, 'target/site'))
def facts = read.facts.collect { it.startsWith('page\t') ? it.split('\t')[0..4].join('\t') : it }
def switchers = read.switchers
def expected = new File(basedir, 'expected/facts.txt').readLines('UTF-8').findAll { !it.startsWith('#') }
        .collect { it.startsWith('page\t') ? it.split('\t')[0..4].join('\t') : it }
def missing = expected - facts
def extra = facts - expected
assert missing.isEmpty() && extra.isEmpty() : "not as MkDocs publishes it:\n  missing ${missing.join('\n  missing ')}\n  extra ${extra.join('\n  extra ')}"
assert switchers['guide/index.html'] == 'en=/guide/ es=/es/guide/' : switchers['guide/index.html']
assert switchers['es/index.html'] == 'en=/ es=/es/' : switchers['es/index.html']
true
