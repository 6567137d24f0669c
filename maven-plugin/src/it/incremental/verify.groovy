// The second build renders only the edited page (and its untranslated copy in Hebrew), and the output shows
// the edit; the third build removes the deleted page's files and nothing else.
String log = new File(basedir, 'build.log').getText('UTF-8')
File site = new File(basedir, 'target/site')

assert log.contains('[INFO] Changed since the last build: guide.md; rendering 2 pages of the website'
        + ' (en:guide.md, he:guide.md)') : 'the second build did not render only the edited page'
String en = new File(site, 'guide/index.html').getText('UTF-8')
assert en.contains('The second version of the guide, edited between builds.')
assert !en.contains('The first version')
assert new File(site, 'he/guide/index.html').getText('UTF-8').contains('The second version of the guide')

assert log.contains('[INFO] Changed since the last build: old.md; rendering everything')
assert log.contains('[INFO] Removed 2 files the last build wrote and this one did not')
assert !new File(site, 'old').exists() : 'the deleted page is still published'
assert !new File(site, 'he/old').exists() : 'the deleted page\'s Hebrew copy is still published'
assert new File(site, 'guide/index.html').isFile()
assert new File(site, 'index.html').isFile()
// The home page's link to the deleted page is now reported.
assert log =~ /\[WARNING\] src\/docs\/index\.md:3:\d+: .*old\.md/
assert (log =~ /BUILD SUCCESS/).count == 3
true
