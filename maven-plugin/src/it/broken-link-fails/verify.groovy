// failOnWarning stops the build, and the log says where the broken link is, as a compiler would.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[WARNING\] src\/docs\/index\.md:5:9: .*missing\.md/ : 'the broken link is not reported as src/docs/index.md:5:9'
assert log =~ /failOnWarning: the site has 1 error or warning; the first is src\/docs\/index\.md:5:9: /
assert log.contains('BUILD FAILURE')
// The website is still written: diagnostics never stop the output, only the build afterwards.
assert new File(basedir, 'target/site').isDirectory()
// Only the format asked for ran.
assert !(log =~ /\[INFO\] pdf: /)
true
