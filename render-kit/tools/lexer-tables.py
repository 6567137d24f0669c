#!/usr/bin/env python3
"""Writes Folio's lexer tables from the installed Pygments: python3 render-kit/tools/lexer-tables.py

Each Pygments RegexLexer named below becomes one text file of states and rules under
render-kit/src/main/resources/dev/folio/render/kit/highlight/lexers/, which StateLexer runs: the same patterns
(re-written in Java's regex syntax from Python's parse of them), the same actions, the same state changes, and the
CSS classes Pygments' HTML formatter writes. Pygments is BSD-licensed; the tables carry its notice (NOTICE there).

File format, one line each, fields separated by tabs, backslash escapes \\t \\n \\\\ in fields:
  lexer NAME FLAGS               flags: m (multiline) i (ignore case) s (dot matches newline)
  alias ALIAS
  names KIND WORD...             word lists a post-pass uses (C family: names that are types)
  state NAME
  rule PATTERN ACTION NEXT       ACTION: t CLASSES | g ACTION;ACTION;… (one per group, - for none) |
                                 u LEXER@STATE | c CALLBACK:CLASSES[:ARG]; NEXT: empty, -N (pop N), #push, or
                                 STATE,STATE (push in order)
"""
import os, re, sys
import re._parser as sre
import re._constants as C
import pygments
from pygments.lexers import get_lexer_by_name
from pygments.formatters.html import HtmlFormatter
from pygments.lexer import this

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'dev', 'folio', 'render', 'kit',
                   'highlight', 'lexers')
FMT = HtmlFormatter()
WANTED = sys.argv[1:] or ['yaml', 'sql', 'powershell', 'c', 'cpp', 'arduino', 'javascript', 'typescript', 'css',
                          'scss', 'html', 'xml', 'ruby', 'haskell', 'nasm', 'gas', 'go', 'rust', 'kotlin',
                          'csharp', 'php', 'lua', 'dockerfile', 'ini', 'toml', 'diff', 'berry', 'java', 'jinja',
                          'tex', 'markdown', 'properties', 'json5', 'bash', 'python', 'xml', 'toml', 'make', 'groovy', 'swift', 'perl', 'r', 'docker', 'nginx',
                          'graphql', 'protobuf', 'hcl', 'vim', 'batch', 'cmake', 'elixir', 'erlang', 'dart']


def css(ttype):
    return FMT._get_css_classes(ttype) if ttype is not None else ''


def esc_field(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


SPECIAL = set('\\.[]{}()*+?^$|/')
CLASS_SPECIAL = set('\\[]^-&')


def char(code, in_class=False):
    c = chr(code)
    if code < 0x20 or code == 0x7f or (0x80 <= code < 0xa0):
        return '\\x{%x}' % code
    if c in (CLASS_SPECIAL if in_class else SPECIAL):
        return '\\' + c
    if code > 0xffff:
        return '\\x{%x}' % code
    return c


CATEGORIES = {C.CATEGORY_DIGIT: '\\d', C.CATEGORY_NOT_DIGIT: '\\D', C.CATEGORY_SPACE: '\\s',
              C.CATEGORY_NOT_SPACE: '\\S', C.CATEGORY_WORD: '\\w', C.CATEGORY_NOT_WORD: '\\W',
              C.CATEGORY_LINEBREAK: '\\n', C.CATEGORY_NOT_LINEBREAK: '[^\\n]'}
AT = {C.AT_BEGINNING: '^', C.AT_BEGINNING_STRING: '\\A', C.AT_END: '$', C.AT_END_STRING: '\\z',
      C.AT_BOUNDARY: '\\b', C.AT_NON_BOUNDARY: '\\B', C.AT_BEGINNING_LINE: '^', C.AT_END_LINE: '$'}


GROUPS = {}
NO_ALIASES = set()
# Whether the rule being written needs its groups (its action splits the match by group, or it refers back to one):
# Java's engine recurses once per repetition of a capturing group, so groups nobody reads are written without capture.
KEEP_GROUPS = {'keep': True}


def single_characters(alternatives):
    """(?:.|\n), (?:a|[bc]): alternatives of one character each, as one class, which Java repeats without recursing."""
    items = []
    any_char = False
    for alternative in alternatives:
        nodes = list(alternative)
        if len(nodes) != 1:
            return None
        op, av = nodes[0]
        if op == C.ANY:
            any_char = True
        elif op == C.LITERAL:
            items.append(char(av, True))
        elif op == C.CATEGORY:
            items.append(CATEGORIES[av])
        elif op == C.IN and not any(iop == C.NEGATE for iop, _ in av):
            items.append(emit_one(op, av)[1:-1])
        else:
            return None
    if any_char:
        return '(?s:.)' if '\\n' in items or '\\s' in items or '\\x{a}' in items else None
    return '[' + ''.join(items) + ']'


class Unsupported(Exception):
    pass


def emit(nodes):
    out = []
    for op, av in nodes:
        out.append(emit_one(op, av))
    return ''.join(out)


def atom(nodes):
    text = emit(nodes)
    if len(nodes) == 1 and nodes[0][0] in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY, C.SUBPATTERN):
        return text
    return '(?:' + text + ')'


def emit_one(op, av):
    if op == C.LITERAL:
        return char(av)
    if op == C.NOT_LITERAL:
        return '[^' + char(av, True) + ']'
    if op == C.ANY:
        return '.'
    if op == C.IN:
        items = []
        negate = False
        for iop, iav in av:
            if iop == C.NEGATE:
                negate = True
            elif iop == C.LITERAL:
                items.append(char(iav, True))
            elif iop == C.RANGE:
                items.append(char(iav[0], True) + '-' + char(iav[1], True))
            elif iop == C.CATEGORY:
                items.append(CATEGORIES[iav])
            else:
                raise Unsupported('class item %s' % iop)
        return '[' + ('^' if negate else '') + ''.join(items) + ']'
    if op == C.BRANCH:
        merged = single_characters(av[1])
        if merged is not None:
            return merged
        return '(?:' + '|'.join(emit(list(b)) for b in av[1]) + ')'
    if op == C.SUBPATTERN:
        group, add, delete, p = av
        flags = ''
        if add or delete:
            flags = flag_letters(add) + ('-' + flag_letters(delete) if delete else '')
        inner = emit(list(p))
        if group is None or not KEEP_GROUPS['keep']:
            return '(?' + flags + ':' + inner + ')'
        if flags:
            return '(?<g%d>(?%s:%s))' % (group, flags, inner)
        return '(?<g%d>%s)' % (group, inner)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, p = av
        body = atom(list(p))
        if (lo, hi) == (0, C.MAXREPEAT):
            q = '*'
        elif (lo, hi) == (1, C.MAXREPEAT):
            q = '+'
        elif (lo, hi) == (0, 1):
            q = '?'
        elif hi == C.MAXREPEAT:
            q = '{%d,}' % lo
        elif lo == hi:
            q = '{%d}' % lo
        else:
            q = '{%d,%d}' % (lo, hi)
        return body + q + ('?' if op == C.MIN_REPEAT else '+' if op == C.POSSESSIVE_REPEAT else '')
    if op == C.AT:
        return AT[av]
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, p = av
        return '(?' + ('<' if direction < 0 else '') + ('=' if op == C.ASSERT else '!') + emit(list(p)) + ')'
    if op == C.GROUPREF:
        return '\\k<g%d>' % av
    if op == C.CATEGORY:
        return CATEGORIES[av]
    if op == C.ATOMIC_GROUP:
        return '(?>' + emit(list(av)) + ')'
    raise Unsupported(str(op))


def flag_letters(flags):
    return ''.join(letter for bit, letter in ((C.SRE_FLAG_IGNORECASE, 'i'), (C.SRE_FLAG_MULTILINE, 'm'),
                                              (C.SRE_FLAG_DOTALL, 's'), (C.SRE_FLAG_VERBOSE, '')) if flags & bit)


def java_pattern(pattern, flags):
    parsed = sre.parse(pattern, flags)
    return emit(list(parsed))


def lexer_flags(flags):
    import re
    return ''.join(letter for bit, letter in ((re.MULTILINE, 'm'), (re.IGNORECASE, 'i'), (re.DOTALL, 's'))
                   if flags & bit) or '-'


def action(a, lexer_cls, needed):
    from pygments.token import _TokenType
    if a is None:
        return '-'
    if isinstance(a, _TokenType):
        return 't ' + css(a)
    qual = getattr(a, '__qualname__', '')
    code = getattr(a, '__code__', None) or getattr(getattr(a, '__func__', None), '__code__', None)
    cells = dict(zip(code.co_freevars, [c.cell_contents for c in (getattr(a, '__closure__', None) or [])])) if code else {}
    if qual.startswith('bygroups.'):
        return 'g ' + ';'.join(action(x, lexer_cls, needed) for x in cells['args'])
    if qual.startswith('using.'):
        other = cells.get('_other', this)
        state = cells.get('gt_kwargs', {}).get('stack', ('root',))
        state = ','.join(state) if isinstance(state, (tuple, list)) else state
        cls = lexer_cls if other is this else other
        needed.add(cls)
        return 'u ' + cls.__name__ + '@' + state
    if 'callback' in qual:
        owner = qual.split('.<locals>')[0]
        token = cells.get('token_class') or cells.get('indent_token_class')
        extra = ':'.join(str(cells[k]) for k in ('start', 'implicit') if k in cells)
        content = cells.get('content_token_class')
        return 'c ' + owner.split('.')[-1] + ':' + css(token) + (':' + extra if extra else '') + (
            ':' + css(content) if content is not None else '')
    # Any other function (a lexer's own method): named with the pattern's group names, for StateLexer to run it
    # (or to take its match as plain text).
    return 'c ' + (qual.split('.')[-1] or 'unknown') + ':' + GROUPS.get('current', '')


def table(cls):
    lexer = cls()
    list(lexer.get_tokens('x'))
    lines = ['lexer\t%s\t%s' % (cls.__name__, lexer_flags(cls.flags))]
    for alias in ([] if cls.__name__ in NO_ALIASES else cls.aliases):
        lines.append('alias\t' + alias)
    needed = set()
    from pygments.lexers.c_cpp import CFamilyLexer
    from pygments.token import Name, Keyword, Operator
    if issubclass(cls, CFamilyLexer):
        types = set(lexer.stdlib_types) | set(lexer.c99_types) | set(lexer.c11_atomic_types) | set(lexer.linux_types)
        lines.append('names\t' + css(Name) + '\t' + css(Keyword.Type) + '\t' + ' '.join(sorted(types)))
    if cls.__name__ == 'PhpLexer':
        lines.append('names\t' + css(Name.Other) + '\t' + css(Name.Builtin) + '\t' + ' '.join(sorted(lexer._functions)))
    if cls.__name__ == 'SwiftLexer':
        from pygments.lexers._cocoa_builtins import COCOA_INTERFACES, COCOA_PROTOCOLS, COCOA_PRIMITIVES
        cocoa = ' '.join(sorted(set(COCOA_INTERFACES) | set(COCOA_PROTOCOLS) | set(COCOA_PRIMITIVES)))
        for token in (Name, Name.Class):
            lines.append('names\t' + css(token) + '\t' + css(Name.Builtin.Pseudo) + '\t' + cocoa)
    if cls.__name__ == 'ArduinoLexer':
        for words, token in ((lexer.structure, Name.Builtin), (lexer.operators, Operator),
                             (lexer.variables, Keyword.Reserved), (lexer.suppress_highlight, Name),
                             (lexer.functions, Name.Function)):
            lines.append('names\t*\t' + css(token) + '\t' + ' '.join(sorted(words)))
    for name, rules in lexer._tokens.items():
        lines.append('state\t' + esc_field(name))
        for rex, act, new in rules:
            pattern = rex.__self__.pattern
            GROUPS['current'] = ','.join('%s=%d' % (k, v) for k, v in sorted(rex.__self__.groupindex.items(),
                                                                               key=lambda kv: kv[1]))
            needs_groups = not (act is None or type(act).__name__ == '_TokenType') or '(?P=' in pattern \
                or re.search(r'\\[1-9]', pattern) is not None
            KEEP_GROUPS['keep'] = needs_groups
            try:
                jp = java_pattern(pattern, rex.__self__.flags)
            except Unsupported as e:
                print('  skipped rule in %s/%s: %s' % (cls.__name__, name, e), file=sys.stderr)
                continue
            if new is None:
                nxt = ''
            elif isinstance(new, int):
                nxt = str(new)
            elif isinstance(new, str):
                nxt = new
            else:
                nxt = ','.join(new)
            lines.append('rule\t%s\t%s\t%s' % (esc_field(jp), esc_field(action(act, cls, needed)), esc_field(nxt)))
    return lines, needed


def main():
    os.makedirs(OUT, exist_ok=True)
    # NOTICE (Pygments' licence) sits beside the tables and is kept.
    done = {}
    queue = []
    for name in WANTED:
        try:
            queue.append(type(get_lexer_by_name(name)))
        except Exception as e:
            print('no lexer', name, e, file=sys.stderr)
    # The parts of lexers that delegate (a Python console session: prompts and output, then its code lexed as
    # Python and its tracebacks as tracebacks), written without aliases: StateLexer's DelegatingLexer joins them.
    from pygments.lexers.python import _PythonConsoleLexerBase, PythonTracebackLexer
    for part in (_PythonConsoleLexerBase, PythonTracebackLexer):
        queue.append(part)
        NO_ALIASES.add(part.__name__)
    while queue:
        cls = queue.pop(0)
        if cls.__name__ in done:
            continue
        if not hasattr(cls, 'tokens') or not isinstance(getattr(cls, 'tokens'), dict) and not hasattr(cls, '_all_tokens'):
            print('not a regex lexer:', cls.__name__, file=sys.stderr)
            done[cls.__name__] = None
            continue
        if 'get_tokens_unprocessed' in cls.__dict__ and cls.__name__ not in ('YamlLexer',):
            print('note: %s post-processes its tokens' % cls.__name__, file=sys.stderr)
        lines, needed = table(cls)
        done[cls.__name__] = lines
        with open(os.path.join(OUT, cls.__name__ + '.txt'), 'w', encoding='utf-8') as f:
            f.write('# From Pygments %s (BSD-2-Clause), written by render-kit/tools/lexer-tables.py\n' % pygments.__version__)
            f.write('\n'.join(lines) + '\n')
        queue.extend(c for c in needed if c.__name__ not in done)
    with open(os.path.join(OUT, 'index.txt'), 'w', encoding='utf-8') as f:
        f.write('# Each table and the languages (Pygments aliases) it lexes\n')
        for name in sorted(n for n, l in done.items() if l):
            aliases = [l.split('\t', 1)[1] for l in done[name] if l.startswith('alias\t')]
            f.write(name + '\t' + ' '.join(aliases) + '\n')
    print('wrote', len([l for l in done.values() if l]), 'lexers')


main()
