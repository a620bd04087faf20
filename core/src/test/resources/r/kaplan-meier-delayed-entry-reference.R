# Reference values for KaplanMeierDelayedEntryRTest, from R's survival package: Kaplan-Meier with
# delayed entry (left truncation), survfit(Surv(entry, exit, event) ~ 1).
#
#   apt-get install r-cran-survival      (Debian; survival 3.5-3 on R 4.2.2 was used)
#   Rscript kaplan-meier-delayed-entry-reference.R
#
# Prints, for each data set and confidence setting, the columns of survfit() (one row per distinct
# exit time, censored-only times included) as Java array literals with 17 significant digits, then
# the median and its interval as print.survfit() computes them (survival:::survmean), quantiles from
# quantile.survfit(), and restricted means with their standard errors. NA is printed as NA.
library(survival)

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
arr <- function(name, x) cat(sprintf("        double[] %s = {%s};\n", name, paste(num(x), collapse = ", ")))

report <- function(label, data, conf.type, conf.int, probs, horizons) {
  fit <- survfit(Surv(entry, exit, status) ~ 1, data = data, conf.type = conf.type, conf.int = conf.int)
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

# Entries at 0 and later, entries equal to event times (2, 3, 4: not at risk then), ties of events
# with events and with censorings, a fractional entry.
delayed <- data.frame(
  entry  = c(0, 0, 0, 0, 0, 0, 2, 2, 3, 0.5, 5, 1, 0, 4, 2, 6, 0, 3, 0, 7),
  exit   = c(1, 3, 3, 4, 6, 8, 4, 5, 7, 2,   9, 3, 2, 6, 6, 10, 5, 8, 12, 11),
  status = c(1, 1, 0, 1, 0, 1, 1, 0, 1, 1,   0, 1, 1, 1, 0, 1,  0, 0, 1,  1))
# Months of a ledger that opens when some customers have paid for a while: entry = months paid
# before the first month of the data.
ledger <- data.frame(
  entry  = c(0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 5, 7, 12, 12, 2, 9, 0, 0, 4, 1, 6, 15, 0, 0),
  exit   = c(2, 5, 5, 7, 9, 12, 14, 14, 6, 10, 14, 9, 20, 26, 4, 23, 1, 3, 8, 2, 13, 27, 16, 16),
  status = c(1, 1, 1, 0, 1, 1,  0,  0,  1, 1,  0,  1, 1,  0,  1, 0,  1, 1, 1, 1, 0,  0,  1,  0))
# The customers at risk all churn at 2, so S is 0 from there on, whoever enters later.
emptied <- data.frame(entry = c(0, 0, 3, 3, 4), exit = c(1, 2, 5, 6, 8), status = c(1, 1, 0, 1, 1))

for (type in c("log", "log-log", "plain")) {
  report("delayed", delayed, type, 0.95, c(0.25, 0.75), c(10, 5.5))
}
report("delayed", delayed, "log", 0.9, c(0.25), c(12))
report("ledger", ledger, "log", 0.95, c(0.25, 0.75), c(24))
report("ledger", ledger, "log-log", 0.8, c(0.25), c(12))
report("emptied", emptied, "log", 0.95, c(), c())
report("emptied", emptied, "plain", 0.95, c(), c())
