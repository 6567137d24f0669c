// -Dfolio.languages=en,he builds those two and never reads the third; a code the site lacks is one clear
// error that names the parameter and lists the codes it accepts, before anything is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
File site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'he/index.html').isFile()
assert !new File(site, 'zh-Hant').exists() : 'a language that was not asked for was built'
assert log.contains('[INFO] Building 2 of the site\'s 3 languages (languages parameter)')
assert log.contains('languages: the site has no language xx; it has en, he, zh-Hant')
assert !new File(basedir, 'target/wrong').exists() : 'the failed build wrote output'
assert (log =~ /BUILD SUCCESS/).count == 1
assert (log =~ /BUILD FAILURE/).count == 1
true
