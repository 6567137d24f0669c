// The build's one line, check's list (each entry once, at its line and column) and strict's failure.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] mkdocs.yml: 5 entries Folio does not honour (1 extension, 1 feature, 1 option, 2 plugins);'
        + ' folio:check lists them')
[
    'mkdocs.yml:6:7: theme feature content.code.copy is not honoured [unhonoured-feature]',
    'mkdocs.yml:9:5: plugin blog is not run: blog posts are plain pages',
    'mkdocs.yml:10:5: plugin mkdocstrings is not run: runs Python: each ::: reference is a placeholder box naming the object',
    'mkdocs.yml:13:5: Markdown extension markdown_include.include is not honoured',
    'mkdocs.yml:16:7: option permalink_leftside of toc is not honoured [unhonoured-option]',
].each { entry ->
    assert (log =~ java.util.regex.Pattern.quote('[INFO] ' + entry)).count == 2 : "check does not list, twice: ${entry}"
}
assert !log.contains('navigation.tabs is not') && !log.contains('plugin search') && !log.contains('extension admonition')
assert log.contains('5 entries of the configuration Folio does not honour (folio.strict); they are listed above')
assert (log =~ /BUILD SUCCESS/).count == 2
assert (log =~ /BUILD FAILURE/).count == 1
true
