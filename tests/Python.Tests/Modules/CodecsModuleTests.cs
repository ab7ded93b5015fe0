using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

/// <summary>The codecs module over the engine's codecs: lookup, incremental decoding, registered searches and handlers.</summary>
public sealed class CodecsModuleTests
{
    [Fact]
    public void LookupGivesCpythonNamesAndClasses()
    {
        var output = PythonRunner.Run(
            """
            import codecs
            for n in ['UTF8', 'latin1', 'utf_16_le', 'windows-1252', 'rot13', 'base64']:
                i = codecs.lookup(n)
                print(i.name, i.incrementaldecoder.__module__, i._is_text_encoding)
            try:
                codecs.lookup('xyz')
            except LookupError as e:
                print(e)
            print(codecs.encode(b'hi', 'base64'), codecs.encode('Uryyb', 'rot13'), codecs.BOM_UTF8, codecs.BOM_UTF32_BE)
            """);
        Assert.Equal(
            """
            utf-8 encodings.utf_8 True
            iso8859-1 encodings.latin_1 True
            utf-16-le encodings.utf_16_le True
            cp1252 encodings.cp1252 True
            rot-13 encodings.rot_13 False
            base64 encodings.base64_codec False
            unknown encoding: xyz
            b'aGk=\n' Hello b'\xef\xbb\xbf' b'\x00\x00\xfe\xff'
            """ + "\n",
            output);
    }

    [Fact]
    public void IncrementalDecodersKeepSplitSequences()
    {
        var output = PythonRunner.Run(
            """
            import codecs
            d = codecs.getincrementaldecoder('utf-8')()
            print(repr(d.decode(b'\xe2')), d.getstate(), repr(d.decode(b'\x82\xac')))
            d = codecs.getincrementaldecoder('utf-16')()
            print(repr(d.decode(b'\xfe')), repr(d.decode(b'\xff\x00')), repr(d.decode(b'a\xd8\x3d')), repr(d.decode(b'\xde\x00', True)))
            print(''.join(codecs.iterdecode([b'\xf0\x9f', b'\x98', b'\x80!'], 'utf-8')))
            try:
                d = codecs.getincrementaldecoder('utf-8')()
                d.decode(b'\xe2\x82')
                d.decode(b'', final=True)
            except UnicodeDecodeError as e:
                print(e)
            """);
        Assert.Equal(
            "'' (b'\\xe2', 0) '€'\n'' '' 'a' '😀'\n😀!\n'utf-8' codec can't decode bytes in position 0-1: unexpected end of data\n",
            output);
    }

    [Fact]
    public void RegisteredSearchFunctionsAndHandlersReachStrEncode()
    {
        var output = PythonRunner.Run(
            """
            import codecs
            def search(name):
                if name == 'swap_case':
                    return codecs.CodecInfo(name='swap-case', encode=lambda s, e='strict': (s.swapcase().encode(), len(s)),
                                            decode=lambda b, e='strict': (bytes(b).decode().swapcase(), len(b)))
            codecs.register(search)
            print('Hi'.encode('Swap Case'), b'hI'.decode('swap-case'))
            codecs.unregister(search)
            try:
                'Hi'.encode('swap case')
            except LookupError as e:
                print(e)
            codecs.register_error('hexed', lambda e: ('<%x>' % ord(e.object[e.start]), e.start + 1))
            print('aéb'.encode('ascii', 'hexed'), codecs.lookup_error('replace')(UnicodeEncodeError('ascii', 'é', 0, 1, 'x')))
            """);
        Assert.Equal("b'hI' Hi\nunknown encoding: swap case\nb'a<e9>b' ('?', 1)\n", output);
    }
}
