import unittest

class Numbers(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_bad(self):
        self.assertIn('z', 'abc')

    @unittest.skip('later')
    def test_later(self):
        pass

if __name__ == '__main__':
    print('running')
    unittest.main()
