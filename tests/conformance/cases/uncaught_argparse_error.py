import argparse
e = argparse.ArgumentParser(prog='exiting')
e.add_argument('count', type=int)
print('before')
e.parse_args(['notanumber'])
print('never')
