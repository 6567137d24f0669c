// Every redirect page is the one mkdocs-redirects writes, byte for byte, at the same place; a target that is no
// page is one warning and no file, as that plugin does.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'
assert (log =~ /\[WARNING\] mkdocs\.yml: redirects: the target 'missing\.md' of 'broken\.md' does not exist/).count == 2

['directory-urls', 'file-urls'].each { variant ->
    File expected = new File(basedir, "expected/${variant}")
    File site = new File(basedir, "target/${variant}")
    int compared = 0
    expected.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        String path = expected.toPath().relativize(file.toPath()).toString()
        File written = new File(site, path)
        assert written.isFile() : "${variant}: no redirect page ${path}"
        assert written.getText('UTF-8') == file.getText('UTF-8') : "${variant}: ${path} differs from mkdocs-redirects'"
        compared++
    }
    assert compared == 5
    assert !new File(site, variant == 'directory-urls' ? 'broken/index.html' : 'broken.html').exists()
    assert new File(site, variant == 'directory-urls' ? 'new/index.html' : 'new.html').getText('UTF-8').contains('<h1')
}
true
