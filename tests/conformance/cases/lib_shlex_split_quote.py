import shlex
for s in ['a b  c', 'echo "hello world" \'x y\'', 'a\\ b c\\"d', '"a\\"b" \'c\\d\'', 'x # comment', 'a"b c"d', '', '  ', "'' \"\"",
          'cmd --opt=1 -x "q\\\\z"', 'é ß', 'a\\\nb']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"open', "'x", 'esc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), e)
for q in ['', 'abc', 'a b', "it's", 'x$y', 'a@b%c+d=e:f,g./h-i', 'é', '\n']:
    print(repr(q), shlex.quote(q))
print(shlex.join(['ls', '-l', 'my file', "o'k"]), shlex.split(shlex.join(['a b', "c'd", '']))) 
lex = shlex.shlex('a = b; c(d) && e || f # tail\nnext "q s"')
print(list(lex))
lex = shlex.shlex('a = b; c(d) && e || f # tail\nnext "q s"', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('ls -l | grep x>out.txt && (cd /tmp; ls)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b;; c', posix=True, punctuation_chars=';&')
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token(), end=' ')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader('f', 3))
