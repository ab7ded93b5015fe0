# An uncaught AttributeError for a misspelt attribute: CPython's printout suggests the close name.
class Inventory:
    def __init__(self):
        self.quantity = 3

    def restock(self, n):
        self.quantity += n
        return self.quantity


inv = Inventory()
print("restocked", inv.restock(2))
for name in ["restock", "quantity", "Quantity", "restocks"]:
    print(name, hasattr(inv, name))
try:
    inv.quantiy
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is inv:", e.obj is inv)
print(inv.restok(1))
