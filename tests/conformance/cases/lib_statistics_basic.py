# statistics: exact means and variances of int, float and Fraction data, medians, modes, quantiles, regression, errors.
import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4, 4]), st.mean([1.5, 2.5]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2]), st.mean([0.1] * 10), st.mean(range(1, 11)), st.mean([True, False]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.mode([1, 2, 2, 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1, 2], n=3))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.stdev([1, 2, 3, 4, 5, 6]), st.variance(data, 1.5))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True).slope)
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1), lambda: st.mean(["a"]),
            lambda: st.fmean([]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.NormalDist().inv_cdf(1), lambda: st.quantiles([1, 2], method="x"), lambda: st.mean([1, F(1, 2), 0.5])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
n = st.NormalDist(100, 15)
print(n, n.pdf(100), n.inv_cdf(0.975), n.quantiles(), n.zscore(130), n + 5, n * 2, n - st.NormalDist(1, 2), n == st.NormalDist(100, 15), st.NormalDist.from_samples([1, 2, 3, 4]))
print(st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-300), n.samples(3, seed=5), n.variance, n.mean, -n, 3 - n, n / 3)
