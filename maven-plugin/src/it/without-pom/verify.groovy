import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /BUILD SUCCESS/).count == 2 : 'a goal failed without a pom (build.log)'
assert !new File(basedir, 'pom.xml').exists()
File site = new File(basedir, 'site')
assert Jsoup.parse(new File(site, 'index.html'), 'UTF-8').title() == 'No pom'
assert Jsoup.parse(new File(site, 'guide/index.html'), 'UTF-8').select('article a')*.attr('href').contains('../')
assert new File(site, 'sitemap.xml').text.contains('https://example.org/guide/')
assert new File(site, 'no-pom-en.pdf').length() > 1000 : 'no guide beside the pages'
assert log.contains('mkdocs.yml: 1 entry Folio does not honour (1 plugin); folio:check lists them')
assert log.contains('[INFO] mkdocs.yml:7:5: plugin blog is not run')
assert !log.contains('Attaching') && !log.contains('attach')
true
