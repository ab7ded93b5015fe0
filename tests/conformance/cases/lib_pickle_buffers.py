# pickle.PickleBuffer and protocol 5's out-of-band buffers: in-band bytes/bytearray, NEXT_BUFFER/READONLY_BUFFER, errors.
import pickle
from pickle import PickleBuffer
print(PickleBuffer, pickle.__all__[:10])
for src in (b"abc", bytearray(b"xyz")):
    pb = PickleBuffer(src)
    print(bytes(pb.raw()), pb.raw().readonly, bytes(memoryview(pb)))
    print(pickle.dumps(pb, 5))
    bufs = []
    data = pickle.dumps([pb, pb], 5, buffer_callback=bufs.append)
    print(data, len(bufs))
    back = pickle.loads(data, buffers=bufs)
    print(type(back[0]).__name__, bytes(back[0]), back[0] is back[1])
    print(type(pickle.loads(pickle.dumps(pb, 5))).__name__)
for f in (lambda: pickle.dumps(PickleBuffer(b"a"), 4), lambda: pickle.loads(pickle.dumps(PickleBuffer(b"a"), 5, buffer_callback=lambda b: False)),
          lambda: PickleBuffer(1), lambda: pickle.dumps(1, 4, buffer_callback=print)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
pb = PickleBuffer(b"q"); pb.release()
try: pb.raw()
except ValueError as e: print(e)
