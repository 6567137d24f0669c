// The hostile pages are generated: ten megabytes and bytes that are not UTF-8 do not belong in the repository.
import java.nio.file.Files
import java.nio.file.Path

Path docs = basedir.toPath().resolve('docs')
Files.createDirectories(docs)
def write = { String name, String text -> Files.writeString(docs.resolve(name), text) }

write('long-line.md', '# Long line\n\n' + 'word '.repeat(2_000_000) + '\n')
write('wide-table.md', '# Wide table\n\n|' + (1..20_000).collect { " c$it |" }.join('') + '\n|'
        + '---|'.repeat(20_000) + '\n|' + ' v |'.repeat(20_000) + '\n\nAfter the table.\n')
ByteArrayOutputStream bad = new ByteArrayOutputStream()
bad.write('# Bad bytes\n\nBefore the bad bytes '.getBytes('UTF-8'))
bad.write([0xFF, 0xFE, 0xC3, 0x28] as byte[])
bad.write(' after them.\n\nA NUL: '.getBytes('UTF-8'))
bad.write(0)
bad.write(' and on.\n'.getBytes('UTF-8'))
Files.write(docs.resolve('bad-bytes.md'), bad.toByteArray())
write('tags.md', '---\ntitle: !!python/object/apply:os.system ["echo pwned"]\nfile: !!java.io.File ["/etc/passwd"]\n---\n'
        + '# Tags\n\nType tags are refused.\n')
StringBuilder bomb = new StringBuilder('---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n')
('b'..'j').eachWithIndex { String c, int i ->
    String previous = i == 0 ? 'a' : ('b'..'j')[i - 1]
    bomb.append("$c: &$c [" + (["*$previous"] * 9).join(',') + ']\n')
}
write('bomb.md', bomb.toString() + '---\n# Bomb\n\nAliases are bounded.\n')
write('linenums.md', '# Line numbers\n\n```python linenums="999999999999999" hl_lines="1 99999999999-999999999999"\n'
        + 'print("one")\nprint("two")\n```\n')
write('name with spaces.md', '# Spaces\n\nA file name with spaces.\n')
write('a<&>b.md', '# Odd name\n\nA file name with markup characters.\n')
write('index.md', '# Home\n\nStill here.\n\n[With spaces](name%20with%20spaces.md) and [odd](a%3C%26%3Eb.md).\n')
true
