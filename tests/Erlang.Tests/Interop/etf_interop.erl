%% Test helper for EtfInteropTests: generates random terms for the C# codec to round-trip,
%% checks what it sends back, and checks terms the C# side built against expected text.
-module(etf_interop).
-export([generate/3, check_round_trip/3, check_built/3]).

%% Writes Count random terms, each framed as <<Size:32, Bytes/binary>>, encoded in the ways
%% OTP encodes (default, UTF-8 atoms, old float format, compressed).
generate(File, Count, Seed) ->
    rand:seed(exsss, {Seed, Seed * 7, Seed * 13}),
    Frames = [frame(encode(I, random_term(I))) || I <- lists:seq(1, Count)],
    ok = file:write_file(File, Frames).

%% Every 100th term is one of the rare large shapes; the rest are random nested terms.
random_term(I) when I rem 100 =:= 0 -> large(I div 100 rem 5);
random_term(_) -> term(4).

large(0) -> [X band 255 || X <- lists:seq(1, 65530 + rand:uniform(10))];
large(1) -> [X band 255 || X <- lists:seq(1, 65536 + rand:uniform(10))];
large(2) -> list_to_tuple([leaf() || _ <- lists:seq(1, 256 + rand:uniform(300))]);
large(3) -> maps:from_list([{leaf(), term(1)} || _ <- lists:seq(1, 33 + rand:uniform(60))]);
large(4) -> lists:foldl(fun(_, Acc) -> [Acc | leaf()] end, leaf(), lists:seq(1, 200)).

encode(I, T) when I rem 5 =:= 0 -> term_to_binary(T, [compressed]);
encode(I, T) when I rem 7 =:= 0 -> term_to_binary(T, [{minor_version, 2}]);
encode(I, T) when I rem 11 =:= 0 -> term_to_binary(T, [{minor_version, 0}]);
encode(I, T) when I rem 13 =:= 0 -> term_to_binary(T, [{compressed, 9}, {minor_version, 2}]);
encode(_, T) -> term_to_binary(T).

frame(Bin) -> <<(byte_size(Bin)):32, Bin/binary>>.

frames(<<>>) -> [];
frames(<<Size:32, Bin:Size/binary, Rest/binary>>) -> [Bin | frames(Rest)].

%% Compares each term we sent back with the original, by index; prints one result line.
check_round_trip(OriginalFile, OursFile, ResultFile) ->
    {ok, Originals} = file:read_file(OriginalFile),
    {ok, Ours} = file:read_file(OursFile),
    Pairs = lists:zip(frames(Originals), frames(Ours)),
    Bad = [I || {I, {O, U}} <- lists:zip(lists:seq(1, length(Pairs)), Pairs),
                not same(O, U)],
    ok = file:write_file(ResultFile, io_lib:format("~w.~n", [{length(Pairs), Bad}])).

same(Original, Ours) ->
    try binary_to_term(Original) =:= binary_to_term(Ours)
    catch _:_ -> false
    end.

%% ExpectedFile holds one Erlang expression per line: the value the matching term must equal,
%% or "check Fun" with a predicate. Writes the indexes that failed and erl's own encodings.
check_built(TermsFile, ExpectedFile, ResultFile) ->
    {ok, Terms} = file:read_file(TermsFile),
    {ok, Text} = file:read_file(ExpectedFile),
    Lines = [L || L <- string:split(unicode:characters_to_list(Text), "\n", all), L =/= ""],
    Pairs = lists:zip(frames(Terms), Lines),
    Results = [built(I, Bin, Line) || {I, {Bin, Line}} <- lists:zip(lists:seq(1, length(Pairs)), Pairs)],
    Bad = [I || {I, false, _} <- Results],
    Encodings = [E || {_, _, E} <- Results],
    ok = file:write_file(ResultFile, term_to_binary({length(Pairs), Bad, Encodings})).

built(I, Bin, "check " ++ Expr) ->
    Term = binary_to_term(Bin),
    {I, (eval(Expr))(Term), term_to_binary(Term, [{minor_version, 2}])};
built(I, Bin, Expr) ->
    Expected = eval(Expr),
    Ok = try binary_to_term(Bin) =:= Expected catch _:_ -> false end,
    {I, Ok, term_to_binary(Expected, [{minor_version, 2}])}.

eval(Expr) ->
    {ok, Tokens, _} = erl_scan:string(Expr ++ "."),
    {ok, Exprs} = erl_parse:parse_exprs(Tokens),
    {value, Value, _} = erl_eval:exprs(Exprs, []),
    Value.

term(Depth) when Depth =< 0 -> leaf();
term(Depth) ->
    case rand:uniform(12) of
        1 -> list_to_tuple(terms(Depth - 1, 5));
        2 -> terms(Depth - 1, 5);
        3 -> [term(Depth - 1) | terms(Depth - 1, 3)] ++ leaf();
        4 -> [term(Depth - 1) | non_list()];
        5 -> maps:from_list([{term(Depth - 1), term(Depth - 1)} || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        6 -> closure(term(Depth - 1));
        _ -> leaf()
    end.

terms(Depth, Max) -> [term(Depth) || _ <- lists:seq(1, rand:uniform(Max + 1) - 1)].

closure(X) ->
    case rand:uniform(3) of
        1 -> fun(Y) -> {X, Y} end;
        2 -> fun() -> X end;
        3 -> Z = rand:uniform(1000), fun(A, B) -> [A, B, X, Z] end
    end.

non_list() ->
    case leaf() of
        L when is_list(L) -> atom_tail;
        T -> T
    end.

leaf() ->
    case rand:uniform(30) of
        1 -> rand:uniform(256) - 1;
        2 -> rand:uniform(1 bsl 31) - (1 bsl 30);
        3 -> -rand:uniform(1 bsl 31);
        4 -> big(rand:uniform(20));
        5 -> big(256 + rand:uniform(60));
        6 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(600) - 300);
        7 -> float(rand:uniform(1000));
        8 -> list_to_atom([$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(20))]);
        9 -> list_to_atom([rand:uniform(255) || _ <- lists:seq(1, rand:uniform(30))]);
        10 -> list_to_atom([16#400 + rand:uniform(16#3000) || _ <- lists:seq(1, rand:uniform(255))]);
        11 -> list_to_atom(lists:duplicate(255, $z));
        12 -> crypto_free_bytes(rand:uniform(40) - 1);
        13 -> <<(crypto_free_bytes(rand:uniform(5)))/binary, (rand:uniform(127)):(rand:uniform(7))>>;
        14 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(30))];
        15 -> [16#100 + rand:uniform(16#1000) || _ <- lists:seq(1, rand:uniform(10))];
        16 -> self();
        17 -> make_ref();
        18 -> hd(erlang:ports());
        19 -> fun lists:map/2;
        20 -> remote_pid();
        21 -> remote_ref();
        22 -> remote_port();
        23 -> {rand:uniform(), nested, [{deep, [{}]}]};
        24 -> lists:nth(rand:uniform(4), [[], {}, #{}, <<>>]);
        25 -> lists:nth(rand:uniform(3), [true, false, undefined]);
        26 -> [X band 255 || X <- lists:seq(1, 300)];
        27 -> "text with \"quotes\" and \\ and \n";
        28 -> erlang:make_tuple(3, node());
        29 -> -0.0;
        30 -> unicode:characters_to_binary([16#4E2D, 16#6587])
    end.

big(Bytes) ->
    N = binary:decode_unsigned(crypto_free_bytes(Bytes)) + (1 bsl 64),
    case rand:uniform(2) of 1 -> N; 2 -> -N end.

crypto_free_bytes(N) -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

node_atom() -> lists:nth(rand:uniform(3), ['other@127.0.0.1', 'x@host', 'noeud_été@h']).

remote_pid() ->
    Node = atom_to_binary(node_atom(), utf8),
    binary_to_term(<<131, 88, 119, (byte_size(Node)), Node/binary,
                     (rand:uniform(1 bsl 15)):32, (rand:uniform(1 bsl 13)):32, (rand:uniform(1000)):32>>).

remote_ref() ->
    Node = atom_to_binary(node_atom(), utf8),
    Words = 2 + rand:uniform(3),
    Ids = << <<(rand:uniform(1 bsl 32) - 1):32>> || _ <- lists:seq(1, Words) >>,
    binary_to_term(<<131, 90, Words:16, 119, (byte_size(Node)), Node/binary, (rand:uniform(1000)):32, Ids/binary>>).

remote_port() ->
    Node = atom_to_binary(node_atom(), utf8),
    case rand:uniform(2) of
        1 -> binary_to_term(<<131, 89, 119, (byte_size(Node)), Node/binary, (rand:uniform(1 bsl 28)):32, (rand:uniform(1000)):32>>);
        2 -> binary_to_term(<<131, 120, 119, (byte_size(Node)), Node/binary, (rand:uniform(1 bsl 40) + (1 bsl 32)):64, (rand:uniform(1000)):32>>)
    end.
