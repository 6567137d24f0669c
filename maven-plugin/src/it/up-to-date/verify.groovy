// The second build renders nothing, says so in one line, and still shows the first build's warnings.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /\[INFO\] html: /).count == 1 : 'the second build rendered again'
assert log.contains('[INFO] Up to date: html, 1 source file and the settings unchanged since the last build;')
assert (log =~ /\[WARNING\] src\/docs\/index\.md:3:5: .*other\.md/).count == 2 : 'the warning was not shown again'
assert new File(basedir, 'target/site').isDirectory()
// failOnWarning with broken-link excluded: logged, not failed.
assert (log =~ /BUILD SUCCESS/).count == 2
true
