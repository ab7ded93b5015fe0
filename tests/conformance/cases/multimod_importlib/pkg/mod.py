counter = globals().get("counter", 0) + 1
def hello(): return "hi from mod"
