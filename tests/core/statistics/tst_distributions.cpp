#include "analysis/distributions.h"

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cxmap;

// Reference values, by source:
//  [table]   published critical values of t: the NIST/SEMATECH e-Handbook of Statistical
//            Methods §1.3.6.7.2 (three decimals), six decimals as in standard tables and R's
//            qt(); each re-derived with mpmath.
//  [closed]  closed forms: Φ of the t distribution for ν = 1 (½ + atan t / π), ν = 2
//            (½ + t / (2√(2 + t²))) and ν = 3 (Abramowitz & Stegun 26.7.3); I_x(a, b) for
//            integer a, b equals P(Binomial(a + b − 1, x) ≥ a), summed in exact fractions;
//            I_x(½, ½) = (2/π) asin √x.
//  [mpmath]  mpmath 1.3.0 at 40 significant digits, independent of this code: mp.ncdf,
//            mp.erfinv, mp.betainc(a, b, 0, x, regularized=True) (t tails as
//            ½·betainc(ν/2, ½, 0, ν/(ν + t²))), quantiles by mp.findroot on those; for ν ≥ 10⁵,
//            where betainc does not converge, mp.quad of the t density over a fine partition.

class TestDistributions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalCdf_data();
    void normalCdf();
    void normalQuantile_data();
    void normalQuantile();
    void normalCriticalValue_data();
    void normalCriticalValue();
    void incompleteBeta_data();
    void incompleteBeta();
    void studentTCdf_data();
    void studentTCdf();
    void studentTTwoSidedP_data();
    void studentTTwoSidedP();
    void studentTQuantileTable_data();
    void studentTQuantileTable();
    void studentTQuantilePrecise_data();
    void studentTQuantilePrecise();
    void studentTCriticalValue_data();
    void studentTCriticalValue();
    void quantileInvertsCdf_data();
    void quantileInvertsCdf();
    void symmetry();
    void boundaries();
    void invalidArguments();
};

void TestDistributions::normalCdf_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("relative");
    // [mpmath] mp.ncdf
    QTest::newRow("0") << 0.0 << 0.5 << 1e-15;
    QTest::newRow("1") << 1.0 << 0.84134474606854295 << 1e-15;
    QTest::newRow("-1") << -1.0 << 0.15865525393145705 << 1e-15;
    QTest::newRow("1.959964") << 1.959963984540054 << 0.97499999999999999 << 1e-15;
    QTest::newRow("-3") << -3.0 << 0.0013498980316300945 << 1e-14;
    QTest::newRow("5") << 5.0 << 0.99999971334842812 << 1e-15;
    QTest::newRow("-8 deep tail") << -8.0 << 6.2209605742717841e-16 << 1e-14;
    // Φ's condition number is x² here: one rounding of x/√2 alone moves Φ by ~1e-13.
    QTest::newRow("-37 near underflow") << -37.0 << 5.7255712225245768e-300 << 1e-12;
}

void TestDistributions::normalCdf()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    QFETCH(double, relative);
    CXMAP_COMPARE_NEAR(cxmap::normalCdf(x), expected, relative, 0.0);
}

void TestDistributions::normalQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // [mpmath] √2·erfinv(2p − 1); for 1e-300 mp.findroot on ln Φ.
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.975") << 0.975 << 1.9599639845400542;
    QTest::newRow("0.025") << 0.025 << -1.9599639845400542;
    QTest::newRow("0.995") << 0.995 << 2.5758293035489008;
    QTest::newRow("0.9") << 0.9 << 1.2815515655446005;
    QTest::newRow("0.3 central region") << 0.3 << -0.52440051270804078;
    QTest::newRow("1e-10 tail region") << 1e-10 << -6.3613409024040562;
    QTest::newRow("1e-300 far tail region") << 1e-300 << -37.047096299361199;
}

void TestDistributions::normalQuantile()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(cxmap::normalQuantile(p), expected, 1e-14, 1e-300);
}

void TestDistributions::normalCriticalValue_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("expected");
    // [table] z(0.975) = 1.959964, z(0.995) = 2.575829, z(0.95) = 1.644854; [mpmath] digits.
    QTest::newRow("95%") << 0.95 << 1.9599639845400542;
    QTest::newRow("99%") << 0.99 << 2.5758293035489008;
    QTest::newRow("90%") << 0.90 << 1.6448536269514727;
    QTest::newRow("50%: the quartile") << 0.50 << 0.67448975019608174;
}

void TestDistributions::normalCriticalValue()
{
    QFETCH(double, confidence);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(cxmap::normalCriticalValue(confidence), expected, 1e-14, 0.0);
}

void TestDistributions::incompleteBeta_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    // [closed] binomial sums in exact fractions
    QTest::newRow("I(0.4; 2, 3) = 328/625") << 2.0 << 3.0 << 0.4 << 328.0 / 625.0;
    QTest::newRow("I(0.3; 5, 8)") << 5.0 << 8.0 << 0.3 << 0.27634453047;
    QTest::newRow("I(x; 1, 1) = x") << 1.0 << 1.0 << 0.37 << 0.37;
    QTest::newRow("I(0.9; 20, 4)") << 20.0 << 4.0 << 0.9 << 0.8072689864813801;
    // [closed] arcsine law
    QTest::newRow("I(0.25; ½, ½) = 1/3") << 0.5 << 0.5 << 0.25 << 1.0 / 3.0;
    QTest::newRow("I(0.01; ½, ½)") << 0.5 << 0.5 << 0.01 << 0.063768560858519848;
    // [mpmath] betainc
    QTest::newRow("I(0.01; ½, 10)") << 0.5 << 10.0 << 0.01 << 0.34207182484321553;
    QTest::newRow("I(0.9; 10, 0.1)") << 10.0 << 0.1 << 0.9 << 0.023856050744374106;
    QTest::newRow("I(0.999; 500, ½)") << 500.0 << 0.5 << 0.999 << 0.31731044730971737;
    QTest::newRow("I(0.2; 2.5, 7.25)") << 2.5 << 7.25 << 0.2 << 0.38444272519976458;
    QTest::newRow("x = 0") << 3.0 << 4.0 << 0.0 << 0.0;
    QTest::newRow("x = 1") << 3.0 << 4.0 << 1.0 << 1.0;
}

void TestDistributions::incompleteBeta()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(regularizedIncompleteBeta(a, b, x), expected, 1e-13, 0.0);
}

void TestDistributions::studentTCdf_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("relative");
    // [closed]
    QTest::newRow("ν=1 t=0.5") << 0.5 << 1.0 << 0.64758361765043327 << 1e-13;
    QTest::newRow("ν=1 t=-2") << -2.0 << 1.0 << 0.14758361765043327 << 1e-13;
    QTest::newRow("ν=1 t=10") << 10.0 << 1.0 << 0.96827448256944643 << 1e-13;
    QTest::newRow("ν=2 t=1") << 1.0 << 2.0 << 0.78867513459481288 << 1e-13;
    QTest::newRow("ν=2 t=-3") << -3.0 << 2.0 << 0.047732983133354566 << 1e-13;
    QTest::newRow("ν=3 t=1.5") << 1.5 << 3.0 << 0.88470806737758847 << 1e-13;
    QTest::newRow("ν=3 t=-0.7") << -0.7 << 3.0 << 0.26716349915238183 << 1e-13;
    // [mpmath]
    QTest::newRow("ν=29 at the tabled 97.5% point")
        << 2.045229642 << 29.0 << 0.97499999999304504 << 1e-13;
    QTest::newRow("ν=4.7 fractional") << -1.3 << 4.7 << 0.12684864793230508 << 1e-13;
    QTest::newRow("ν=12.5 near zero") << 0.1 << 12.5 << 0.53903483887485114 << 1e-13;
    QTest::newRow("ν=10 t=-4") << -4.0 << 10.0 << 0.0012591663123683461 << 1e-13;
    QTest::newRow("ν=1000") << 2.5 << 1000.0 << 0.9937107160994546 << 1e-13;
    // [mpmath, quadrature] large ν: the accuracy the header promises there
    QTest::newRow("ν=1e5") << -1.96 << 1e5 << 0.024999281597150819 << 1e-10;
    QTest::newRow("ν=1e6") << -2.0 << 1e6 << 0.022750266925659604 << 1e-9;
    QTest::newRow("ν=1e8") << -3.0 << 1e8 << 0.0013498983640187472 << 1e-8;
    QTest::newRow("ν=∞ is Φ") << -3.0 << std::numeric_limits<double>::infinity()
                              << 0.0013498980316300945 << 1e-14;
}

void TestDistributions::studentTCdf()
{
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, expected);
    QFETCH(double, relative);
    CXMAP_COMPARE_NEAR(cxmap::studentTCdf(t, df), expected, relative, 0.0);
}

void TestDistributions::studentTTwoSidedP_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // [mpmath] betainc(ν/2, ½, 0, ν/(ν + t²))
    QTest::newRow("t=2 ν=10") << 2.0 << 10.0 << 0.073388034770740366;
    QTest::newRow("t=-2.1 ν=5") << -2.1 << 5.0 << 0.089753249884598757;
    QTest::newRow("t=5 ν=100, tiny p keeps its digits") << 5.0 << 100.0 << 2.4501734135038004e-6;
    QTest::newRow("t=8 ν=30") << 8.0 << 30.0 << 6.2658224757007589e-9;
    QTest::newRow("t=1.8325 ν=17.9") << 1.8325 << 17.9 << 0.083566538156610093;
    QTest::newRow("t=0 gives 1") << 0.0 << 7.0 << 1.0;
}

void TestDistributions::studentTTwoSidedP()
{
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(cxmap::studentTTwoSidedP(t, df), expected, 1e-12, 0.0);
}

void TestDistributions::studentTQuantileTable_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // [table] six decimals, so compared to ±5e-7
    QTest::newRow("0.975, 1") << 0.975 << 1.0 << 12.706205;
    QTest::newRow("0.975, 2") << 0.975 << 2.0 << 4.302653;
    QTest::newRow("0.975, 7") << 0.975 << 7.0 << 2.364624;
    QTest::newRow("0.975, 9") << 0.975 << 9.0 << 2.262157;
    QTest::newRow("0.975, 10") << 0.975 << 10.0 << 2.228139;
    QTest::newRow("0.975, 29") << 0.975 << 29.0 << 2.045230;
    QTest::newRow("0.975, 30") << 0.975 << 30.0 << 2.042272;
    QTest::newRow("0.975, 120") << 0.975 << 120.0 << 1.979930;
    QTest::newRow("0.975, ∞") << 0.975 << std::numeric_limits<double>::infinity() << 1.959964;
    QTest::newRow("0.95, 5") << 0.95 << 5.0 << 2.015048;
    QTest::newRow("0.995, 3") << 0.995 << 3.0 << 5.840909;
    QTest::newRow("0.9, 20") << 0.90 << 20.0 << 1.325341;
    QTest::newRow("0.999, 4") << 0.999 << 4.0 << 7.173182;
    QTest::newRow("0.025, 10 lower tail") << 0.025 << 10.0 << -2.228139;
}

void TestDistributions::studentTQuantileTable()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(studentTQuantile(p, df), expected, 0.0, 5e-7);
}

void TestDistributions::studentTQuantilePrecise_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // [mpmath] findroot on the betainc tail, at the binary value of p (0.999999 as a double is
    // 1 − 1.0000000000288e-6, which moves this quantile by 1.5e-12 relative)
    QTest::newRow("0.975, 4.7") << 0.975 << 4.7 << 2.6207260753531696;
    QTest::newRow("0.025, 2.5") << 0.025 << 2.5 << -3.5746548420036831;
    QTest::newRow("1e-12, 3: far tail") << 1e-12 << 3.0 << -10331.108244292486;
    QTest::newRow("0.6, 15: near the centre") << 0.6 << 15.0 << 0.25788530093726107;
    QTest::newRow("0.999999, 50") << 0.999999 << 50.0 << 5.3766734017322931;
    QTest::newRow("0.975, 17.9 (Welch df)") << 0.975 << 17.9 << 2.1017636580676767;
    // [mpmath] near the centre, where ½ − P(T > t) would have lost the digits: findroot on
    // mp.quad of the density from 0 to t (the central mass)
    QTest::newRow("0.5 + 1e-9, 10") << 0.500000001 << 10.0 << 2.5699779622465498e-9;
    QTest::newRow("0.5 + 1e-9, 1e4") << 0.500000001 << 1e4 << 2.5066908702270283e-9;
    QTest::newRow("0.4999, 4.7") << 0.4999 << 4.7 << -0.00026425598312704389;
    QTest::newRow("0.3, 29") << 0.3 << 29.0 << -0.53021439570916085;
    // [mpmath] Cornish–Fisher series to ν⁻⁴ (next term < 1e-24), checked against mp.quad
    QTest::newRow("0.975, 1e6") << 0.975 << 1e6 << 1.9599663568141067;
    QTest::newRow("0.975, 1e12") << 0.975 << 1e12 << 1.9599639845424261;
}

void TestDistributions::studentTQuantilePrecise()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(studentTQuantile(p, df), expected, 1e-12, 0.0);
}

void TestDistributions::studentTCriticalValue_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // [table]
    QTest::newRow("95%, 1") << 0.95 << 1.0 << 12.706205;
    QTest::newRow("95%, 10") << 0.95 << 10.0 << 2.228139;
    QTest::newRow("95%, 29") << 0.95 << 29.0 << 2.045230;
    QTest::newRow("99%, 3") << 0.99 << 3.0 << 5.840909;
    QTest::newRow("90%, 5") << 0.90 << 5.0 << 2.015048;
}

void TestDistributions::studentTCriticalValue()
{
    QFETCH(double, confidence);
    QFETCH(double, df);
    QFETCH(double, expected);
    CXMAP_COMPARE_NEAR(cxmap::studentTCriticalValue(confidence, df), expected, 0.0, 5e-7);
}

void TestDistributions::quantileInvertsCdf_data()
{
    QTest::addColumn<double>("df");
    for (const double df : {1.0, 1.5, 2.0, 3.0, 7.3, 30.0, 1e3, 1e5})
        QTest::addRow("ν=%g", df) << df;
}

void TestDistributions::quantileInvertsCdf()
{
    // Invariant: the quantile and the distribution function are inverse to each other across
    // the tails and the centre, for integer and fractional ν.
    QFETCH(double, df);
    for (const double p : {1e-10, 1e-4, 0.01, 0.2, 0.45, 0.55, 0.8, 0.99, 0.9999}) {
        const double t = studentTQuantile(p, df);
        CXMAP_COMPARE_NEAR(cxmap::studentTCdf(t, df), p, 1e-11, 0.0);
    }
}

void TestDistributions::symmetry()
{
    // Invariant: the t distribution is symmetric about zero.
    for (const double df : {1.0, 4.5, 60.0}) {
        for (const double t : {0.3, 2.0, 9.0}) {
            CXMAP_COMPARE_NEAR(cxmap::studentTCdf(-t, df), 1.0 - cxmap::studentTCdf(t, df), 0.0,
                               1e-15);
        }
        CXMAP_COMPARE_NEAR(studentTQuantile(0.01, df), -studentTQuantile(0.99, df), 1e-13, 0.0);
    }
}

void TestDistributions::boundaries()
{
    constexpr double Inf = std::numeric_limits<double>::infinity();
    QCOMPARE(cxmap::normalQuantile(0.0), -Inf);
    QCOMPARE(cxmap::normalQuantile(1.0), Inf);
    QCOMPARE(studentTQuantile(0.0, 5.0), -Inf);
    QCOMPARE(studentTQuantile(1.0, 5.0), Inf);
    QCOMPARE(studentTQuantile(0.5, 5.0), 0.0);
    QCOMPARE(cxmap::studentTCdf(Inf, 3.0), 1.0);
    QCOMPARE(cxmap::studentTCdf(-Inf, 3.0), 0.0);
    QCOMPARE(cxmap::studentTCdf(0.0, 3.0), 0.5);
    QCOMPARE(cxmap::studentTTwoSidedP(Inf, 3.0), 0.0);
}

void TestDistributions::invalidArguments()
{
    // Domain errors are programming errors and come back as NaN, never as a plausible number.
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(std::isnan(cxmap::normalQuantile(-0.1)));
    QVERIFY(std::isnan(cxmap::normalQuantile(1.1)));
    QVERIFY(std::isnan(cxmap::normalQuantile(NaN)));
    QVERIFY(std::isnan(cxmap::normalCriticalValue(0.0)));
    QVERIFY(std::isnan(cxmap::normalCriticalValue(1.0)));
    QVERIFY(std::isnan(regularizedIncompleteBeta(0.0, 1.0, 0.5)));
    QVERIFY(std::isnan(regularizedIncompleteBeta(1.0, 1.0, 1.5)));
    QVERIFY(std::isnan(cxmap::studentTCdf(1.0, 0.0)));
    QVERIFY(std::isnan(cxmap::studentTCdf(1.0, -3.0)));
    QVERIFY(std::isnan(cxmap::studentTCdf(NaN, 3.0)));
    QVERIFY(std::isnan(cxmap::studentTTwoSidedP(1.0, NaN)));
    QVERIFY(std::isnan(studentTQuantile(0.5, 0.0)));
    QVERIFY(std::isnan(studentTQuantile(-0.5, 4.0)));
    QVERIFY(std::isnan(cxmap::studentTCriticalValue(1.0, 4.0)));
}

QTEST_GUILESS_MAIN(TestDistributions)
#include "tst_distributions.moc"
