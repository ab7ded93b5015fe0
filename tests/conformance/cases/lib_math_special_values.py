# math: domain and range errors, infinities, huge ints, fsum and hypot exactness, gamma at integers, argument types.
import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
inf, nan = math.inf, math.nan
for name in ["sin", "cos", "tan", "sinh", "cosh", "exp", "exp2", "expm1", "log1p", "sqrt", "atanh", "acosh", "asin", "degrees", "radians"]:
    f = getattr(math, name)
    for x in [-0.0, 1.0, -1.0, inf, -inf, 1e308, 800.0]:
        t(f"{name}({x})", lambda: f(x))
for name in ["log", "log2", "log10"]:
    f = getattr(math, name)
    for x in [10 ** 400, 2 ** 1000, 0.5, 0, -1, 1]:
        t(f"{name}({'big' if x == 10 ** 400 else x})", lambda: f(x))
t("log base", lambda: math.log(2 ** 2000, 2))
t("log base 1", lambda: math.log(10, 1))
for x in [1, 2, 5, 10, 20, -1, 0, -0.0, inf, -inf, 200]:
    t(f"gamma({x})", lambda: math.gamma(x))
for x in [1, 2, 0, -2, inf, -inf]:
    t(f"lgamma({x})", lambda: math.lgamma(x))
t("pow 0 -1", lambda: math.pow(0, -1)); t("pow -1 0.5", lambda: math.pow(-1, 0.5)); t("pow 10 400", lambda: math.pow(10, 400))
t("pow inf 0", lambda: math.pow(inf, 0)); t("pow nan 0", lambda: math.pow(nan, 0)); t("pow 1 nan", lambda: math.pow(1, nan))
t("ldexp big", lambda: math.ldexp(1.0, 2000)); t("ldexp small", lambda: math.ldexp(1.0, -2000)); t("ldexp huge exp", lambda: math.ldexp(1.0, 10 ** 30))
t("fsum exact", lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
t("fsum halfway", lambda: math.fsum([1.0, 1e-16, 1e-16]))
t("fsum inf", lambda: math.fsum([inf, 1.0])); t("fsum inf-inf", lambda: math.fsum([inf, -inf])); t("fsum nan", lambda: math.fsum([nan, 1.0]))
t("fsum overflow", lambda: math.fsum([1e308, 1e308])); t("fsum many", lambda: math.fsum([0.1] * 1000))
t("hypot", lambda: (math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(3e-320, 4e-320), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-5)))
t("hypot vals", lambda: [math.hypot(15.0, 2.0), math.hypot(1.5, 2.5, 3.5), math.hypot(0.1, 0.2, 0.3, 0.4)])
t("dist", lambda: (math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2], [0.3, 0.5])))
t("dist mismatch", lambda: math.dist([0], [1, 2]))
t("isclose negative", lambda: math.isclose(1, 1, rel_tol=-1))
t("isclose inf", lambda: (math.isclose(inf, inf), math.isclose(inf, 1e308), math.isclose(nan, nan)))
t("sqrt str", lambda: math.sqrt("4")); t("floor str", lambda: math.floor("4")); t("trunc str", lambda: math.trunc("4"))
t("exp none", lambda: math.exp(None)); t("sqrt big", lambda: math.sqrt(10 ** 400)); t("isfinite big", lambda: math.isfinite(10 ** 400))
t("erf signs", lambda: (math.erf(0.0), math.erf(-0.0), math.erf(inf), math.erf(-inf), math.erfc(inf), math.erfc(-inf)))
t("copysign", lambda: (math.copysign(1, -0.0), math.copysign(inf, -1), math.copysign(2, nan) > 0))
t("modf", lambda: (math.modf(inf), math.modf(-inf), math.modf(-0.0)))
t("frexp", lambda: (math.frexp(0.0), math.frexp(-8.0), math.frexp(inf), math.frexp(1e-310)))
t("remainder", lambda: (math.remainder(5, 2), math.remainder(-5, 2), math.remainder(7, 2), math.remainder(inf, 1) if False else 0))
t("fmod inf", lambda: math.fmod(inf, 1)); t("fmod by inf", lambda: math.fmod(3, inf))
class Floorable:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __trunc__(self): return "trunced"
t("specials", lambda: (math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable())))
class AsFloat:
    def __float__(self): return 2.25
t("float protocol", lambda: (math.sqrt(AsFloat()), math.floor(AsFloat())))
