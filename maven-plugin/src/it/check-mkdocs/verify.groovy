// check reads mkdocs.yml from the base directory and reports both the navigation's missing page and the
// broken link, sorted by file, without publishing anything.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Loaded 1 page in 1 language in ')
int brokenLink = log.indexOf('[WARNING] docs/index.md:3:11: ')
int missingNav = log.indexOf('[WARNING] mkdocs.yml:4:1: ')
assert brokenLink >= 0 : 'the broken link is not reported at docs/index.md:3:11'
assert missingNav > brokenLink : 'the missing nav entry is not reported at mkdocs.yml:4:1, after docs/'
assert log =~ /failOnWarning: the site has 2 errors or warnings; the first is docs\/index\.md:3:11: /
assert !new File(basedir, 'target/site').exists() : 'check published a website'
assert !new File(basedir, 'target').listFiles().any { it.name.endsWith('.pdf') } : 'check made a PDF'
true
