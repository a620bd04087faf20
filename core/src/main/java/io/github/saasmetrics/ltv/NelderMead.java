package io.github.saasmetrics.ltv;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead downhill simplex minimiser (Nelder and Mead 1965, with the standard coefficients:
 * reflection 1, expansion 2, contraction ½, shrink ½), restarted from its own best point until a
 * restart no longer improves it, which guards against a simplex that collapsed early.
 *
 * <p>The objective may return {@code +∞} (or NaN, treated as {@code +∞}) outside its domain; the
 * simplex then stays inside. A run stops when the spread of the simplex's values is at most
 * {@code valueTolerance · (1 + |best|)} and its largest edge from the best vertex is at most
 * {@code pointTolerance}, or after {@code maxIterations}.
 */
final class NelderMead {

    /** The outcome: the best point, its value, the iterations used and whether the tolerances were met. */
    record Result(double[] point, double value, int iterations, boolean converged) {
    }

    private final double valueTolerance;
    private final double pointTolerance;
    private final int maxIterations;

    NelderMead(double valueTolerance, double pointTolerance, int maxIterations) {
        this.valueTolerance = valueTolerance;
        this.pointTolerance = pointTolerance;
        this.maxIterations = maxIterations;
    }

    /** Minimises {@code f} from {@code start}, with an initial simplex of edge {@code step} along each axis. */
    Result minimize(ToDoubleFunction<double[]> f, double[] start, double step) {
        Result best = run(f, start, step, maxIterations);
        int iterations = best.iterations();
        // Restart from the best point: a fresh simplex escapes a premature collapse.
        for (int restart = 0; restart < 10 && iterations < maxIterations; restart++) {
            Result again = run(f, best.point(), step, maxIterations - iterations);
            iterations += again.iterations();
            boolean improved = again.value() < best.value() - valueTolerance * (1 + Math.abs(best.value()));
            if (again.value() <= best.value()) {
                best = again;
            }
            if (!improved) {
                break;
            }
        }
        return new Result(best.point(), best.value(), iterations, best.converged());
    }

    private Result run(ToDoubleFunction<double[]> f, double[] start, double step, int budget) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = evaluate(f, simplex[0]);
        for (int i = 1; i <= n; i++) {
            simplex[i] = start.clone();
            simplex[i][i - 1] += step;
            values[i] = evaluate(f, simplex[i]);
        }
        int iteration = 0;
        boolean converged = false;
        while (iteration < budget) {
            sort(simplex, values);
            if (converged(simplex, values)) {
                converged = true;
                break;
            }
            iteration++;
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] worst = simplex[n];
            double[] reflected = along(centroid, worst, 1);
            double fr = evaluate(f, reflected);
            if (fr < values[0]) {
                double[] expanded = along(centroid, worst, 2);
                double fe = evaluate(f, expanded);
                if (fe < fr) {
                    replaceWorst(simplex, values, expanded, fe);
                } else {
                    replaceWorst(simplex, values, reflected, fr);
                }
            } else if (fr < values[n - 1]) {
                replaceWorst(simplex, values, reflected, fr);
            } else {
                boolean outside = fr < values[n];
                double[] contracted = along(centroid, worst, outside ? 0.5 : -0.5);
                double fc = evaluate(f, contracted);
                if (fc < (outside ? fr : values[n])) {
                    replaceWorst(simplex, values, contracted, fc);
                } else {
                    for (int i = 1; i <= n; i++) {
                        for (int j = 0; j < n; j++) {
                            simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                        }
                        values[i] = evaluate(f, simplex[i]);
                    }
                }
            }
        }
        sort(simplex, values);
        return new Result(simplex[0].clone(), values[0], iteration, converged || converged(simplex, values));
    }

    private boolean converged(double[][] simplex, double[] values) {
        int n = values.length - 1;
        if (!(values[n] - values[0] <= valueTolerance * (1 + Math.abs(values[0])))) {
            return false;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j < n; j++) {
                if (Math.abs(simplex[i][j] - simplex[0][j]) > pointTolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /** centroid + t · (centroid − worst): t = 1 reflects, 2 expands, ±½ contracts. */
    private static double[] along(double[] centroid, double[] worst, double t) {
        double[] point = new double[centroid.length];
        for (int j = 0; j < point.length; j++) {
            point[j] = centroid[j] + t * (centroid[j] - worst[j]);
        }
        return point;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    private static double evaluate(ToDoubleFunction<double[]> f, double[] point) {
        double value = f.applyAsDouble(point);
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    /** Insertion sort of the vertices by value; ties keep their order, so runs are deterministic. */
    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            double value = values[i];
            double[] point = simplex[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            values[j + 1] = value;
            simplex[j + 1] = point;
        }
    }
}
