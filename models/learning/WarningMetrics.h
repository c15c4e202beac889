#pragma once
// How well scores rank institution-days by whether a risk event follows: ROC AUC, PR AUC
// (average precision), precision at the top k, and lead times of warnings before events.

#include <Eigen/Dense>

#include <cstddef>
#include <vector>

namespace eagle {

// Probability that a random positive scores above a random negative (ties count one half):
// the Mann-Whitney U statistic over midranks. NaN without positives or without negatives.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

// Average precision: the sum over distinct score thresholds, highest first, of precision times the
// recall gained there (tied scores enter together). Its baseline is the share of positives.
double prAuc(const std::vector<double>& scores, const std::vector<int>& labels);

// Share of positives among the k highest scores (ties broken by position, k capped at the size).
double precisionAtK(const std::vector<double>& scores, const std::vector<int>& labels, std::size_t k);

// The score above which a share `rate` of the scores lies: the alarm threshold that gives every
// model the same budget of warnings.
double thresholdForAlarmRate(std::vector<double> scores, double rate);

struct EventOnset {
    Eigen::Index row = 0;     // institution
    Eigen::Index column = 0;  // day the event starts
};

struct LeadTimeSummary {
    int events = 0;          // onsets with at least one scored day in their warning window
    int warned = 0;          // of them, warned at least once in the window
    std::vector<int> leads;  // days from the first warning to the onset, per warned event
    double median = 0;       // NaN when none was warned
};

// For each onset: the first day in [column - horizon, column - 1] whose score reaches the
// threshold; lead = column - that day. Scores are institutions x days, NaN where not scored.
LeadTimeSummary leadTimes(const Eigen::MatrixXd& scores, double threshold, const std::vector<EventOnset>& onsets,
                          int horizon);

double median(std::vector<double> values);

}  // namespace eagle
