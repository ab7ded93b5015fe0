# uuid: constructor forms, properties, comparisons, errors, name-based and random UUIDs (checked by shape).
import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
forms = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
         uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4), uuid.UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56" + b"\x12\x34\x56\x78" * 2),
         uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), uuid.UUID(int=0x12345678123456781234567812345678)]
print([f == u for f in forms], u, repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, int(u), hash(u) == hash(u.int), u.is_safe)
for v in range(1, 6):
    x = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, x, x.version, x.variant)
for i in [0, 1 << 127, 3 << 126, 7 << 125, (1 << 128) - 1]:
    x = uuid.UUID(int=i)
    print(x, x.variant, x.version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]), {a: 1}[uuid.UUID(int=1)])
for bad in ['uuid.UUID()', 'uuid.UUID("abc")', 'uuid.UUID(bytes=b"x")', 'uuid.UUID(bytes_le=b"x")', 'uuid.UUID(fields=(1, 2))',
            'uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0))', 'uuid.UUID(fields=(0, 2**16, 0, 0, 0, 0))', 'uuid.UUID(fields=(0, 0, 0, 256, 0, 0))',
            'uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48))', 'uuid.UUID(int=-1)', 'uuid.UUID(int=1 << 128)', 'uuid.UUID(int=0, version=6)',
            'uuid.UUID(hex="0" * 32, int=0)', 'a < 1', 'setattr(a, "int", 5)', 'uuid.UUID("z" * 32)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(ns, uuid.uuid3(ns, "name"), uuid.uuid5(ns, "name"), uuid.uuid5(ns, ""), uuid.uuid3(ns, "héllo"))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), str(r)[14], str(r)[19] in "89ab")
t = uuid.uuid1()
print(t.version, t.variant, t < uuid.uuid1() or True, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(0 < uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode(), uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown), uuid.SafeUUID(0), uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe, uuid.UUID(int=5).__getstate__())
