# An uncaught NameError for a misspelt local: CPython's printout suggests the local's name.
def total(prices):
    subtotal = sum(prices)
    print("subtotal", subtotal)
    try:
        print(undefined_here)
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    return subtotl * 2


print(total([1, 2, 3]))
