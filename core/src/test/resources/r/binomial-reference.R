# Reference values for BinomialRTest, from R's stats package (dbinom, pbinom, qbinom).
#
#   apt-get install r-base-core      (Debian; R 4.2.2 was used)
#   Rscript binomial-reference.R
#
# Prints one Java array literal per case: k, n, p, P(X = k), P(X >= k), P(X <= k), with 17
# significant digits, then the bounds of the expected range, qbinom-style: the largest u with
# P(X >= u) > alpha and the smallest l with P(X <= l) > alpha.
num <- function(x) sprintf("%.17g", x)

cases <- list(
  c(12, 200, 0.03), c(6, 200, 0.03), c(0, 200, 0.03), c(200, 200, 0.03), c(1, 200, 0.03),
  c(25, 200, 0.03), c(60, 200, 0.03), c(3, 10, 0.5), c(5, 10, 0.5), c(7, 10, 0.55),
  c(0, 1, 0.3), c(1, 1, 0.3), c(0, 0, 0.4), c(4, 20, 0.999), c(20, 20, 0.999), c(19, 20, 0.999),
  c(350, 10000, 0.03), c(300, 10000, 0.03), c(250, 10000, 0.03), c(400, 10000, 0.03),
  c(31000, 1000000, 0.03), c(30000, 1000000, 0.03), c(29400, 1000000, 0.03), c(32000, 1000000, 0.03),
  c(3, 1000000, 1e-7), c(0, 1000000, 1e-7), c(2, 50, 1e-9), c(500, 1000, 0.2), c(120, 1000, 0.1),
  c(40, 1000, 0.1), c(999, 1000, 0.5), c(17, 40, 0.4))

cat("    private static final double[][] CASES = {\n")
for (x in cases) {
  k <- x[1]; n <- x[2]; p <- x[3]
  cat(sprintf("        {%s, %s, %s, %s, %s, %s},\n", num(k), num(n), num(p), num(dbinom(k, n, p)),
              num(pbinom(k - 1, n, p, lower.tail = FALSE)), num(pbinom(k, n, p))))
}
cat("    };\n")

bounds <- list(c(200, 0.03, 0.05), c(200, 0.03, 0.01), c(10000, 0.03, 0.05), c(1000000, 0.03, 0.001),
               c(50, 0.5, 0.05), c(12, 0.0, 0.05), c(12, 1.0, 0.05), c(1, 0.5, 0.2), c(400, 0.011, 0.05))
cat("    private static final double[][] BOUNDS = {\n")
for (x in bounds) {
  n <- x[1]; p <- x[2]; a <- x[3]
  u <- max(which(pbinom(0:n - 1, n, p, lower.tail = FALSE) > a)) - 1
  l <- min(which(pbinom(0:n, n, p) > a)) - 1
  cat(sprintf("        {%s, %s, %s, %d, %d},\n", num(n), num(p), num(a), u, l))
}
cat("    };\n")
