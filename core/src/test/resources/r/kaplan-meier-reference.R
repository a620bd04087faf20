# Reference values for KaplanMeierRTest, from R's survival package.
#
#   apt-get install r-cran-survival      (Debian; survival 3.5-3 on R 4.2.2 was used)
#   Rscript kaplan-meier-reference.R
#
# Prints, for each data set and confidence setting, the columns of survfit() (every distinct time,
# censored-only times included) as Java array literals with 17 significant digits, then the median
# and its interval as print.survfit() computes them (survival:::survmean), quantiles from
# quantile.survfit(), and restricted means with their standard errors as print(fit, rmean = h)
# reports them. NA is printed as NA.
library(survival)

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
arr <- function(name, x) cat(sprintf("        double[] %s = {%s};\n", name, paste(num(x), collapse = ", ")))

report <- function(label, data, conf.type, conf.int, probs, horizons) {
  fit <- survfit(Surv(time, status) ~ 1, data = data, conf.type = conf.type, conf.int = conf.int)
  cat(sprintf("    // %s, conf.type = \"%s\", conf.int = %s\n", label, conf.type, format(conf.int)))
  arr("time", fit$time)
  arr("atRisk", fit$n.risk)
  arr("events", fit$n.event)
  arr("censored", fit$n.censor)
  arr("survival", fit$surv)
  # fit$std.err is the standard error of the cumulative hazard (of log S); times S it is Greenwood's SE of S.
  arr("stdErr", fit$surv * fit$std.err)
  arr("lower", fit$lower)
  arr("upper", fit$upper)
  m <- survival:::survmean(fit, rmean = "none")$matrix
  arr("median", c(m["median"], m[paste0(conf.int, "LCL")], m[paste0(conf.int, "UCL")]))
  for (p in probs) {
    q <- quantile(fit, p)
    arr(sprintf("quantile%s", gsub("\\.", "_", format(p))), c(q$quantile, q$lower, q$upper))
  }
  for (h in horizons) {
    r <- survival:::survmean(fit, rmean = h)$matrix
    arr(sprintf("rmean%s", gsub("\\.", "_", format(h))), c(r["rmean"], r["se(rmean)"]))
  }
  cat("\n")
}

synthetic <- data.frame(
  time   = c(0.5, 1, 1, 1.5, 2.25, 2.25, 2.25, 3, 4.5, 4.5, 6, 7.75, 7.75, 9, 12.5),
  status = c(0,   1, 1, 0,   1,    1,    0,    1, 1,   0,   0, 1,    0,    1, 0))
# S falls to exactly 0.5 at time 2 and below it at 3: the median is their midpoint, 2.5.
midpoint <- data.frame(time = c(1, 1.5, 2, 2, 3, 4), status = c(0, 0, 1, 1, 1, 0))

for (type in c("log", "log-log", "plain")) {
  report("aml", aml, type, 0.95, c(0.25, 0.75), c(100, 30, 45))
}
report("aml", aml, "log", 0.9, c(0.25), c(100))
report("aml, Nonmaintained", aml[aml$x == "Nonmaintained", ], "log", 0.95, c(0.9), c(50))
report("aml, Nonmaintained", aml[aml$x == "Nonmaintained", ], "plain", 0.95, c(), c())
report("synthetic", synthetic, "log-log", 0.95, c(0.25), c(8, 0.25))
report("synthetic", synthetic, "log", 0.8, c(), c(12.5))
report("midpoint", midpoint, "log", 0.95, c(), c(4))
