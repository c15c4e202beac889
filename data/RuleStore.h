#pragma once
// Supervisors' risk rules and the alerts they raise, as stored in a workspace (schema: rule, alert).
// The rule language itself lives in models/rules; this is only the typed storage.

#include "Store.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eagle {

struct StoredRule {
    std::int64_t id = 0;
    std::string name;
    std::string text;      // the rule's source, exactly as written
    std::string severity;  // high | medium | low
    bool enabled = true;
    std::string author;
    std::string created;
    int version = 1;
};

struct Alert {
    std::int64_t id = 0;
    RunId run;
    std::int64_t ruleId = 0;
    InstitutionId institution;
    Date day;     // first day of the episode
    Date endDay;  // last consecutive day the rule held
    std::string severity;
    std::string message;
    // The feature values the rule read on the first day (name, value; NaN where undefined).
    std::vector<std::pair<std::string, double>> evidence;
    std::string status = "new";  // new | under_review | escalated | closed (AlertStore moves it)
    std::string created;
};

class RuleStore {
public:
    explicit RuleStore(Store& store) : db_(store.database()) {}

    // Stores the rule under its name: the same text again returns the existing version's id, a
    // changed text becomes the next version, enabled as the one before it (a new name: as
    // enabledIfNew). Old versions stay, so old alerts keep their wording.
    std::int64_t saveRule(const std::string& name, const std::string& text, const std::string& severity,
                          const std::string& author, bool enabledIfNew = true);
    void setEnabled(std::int64_t ruleId, bool enabled);
    // Deletes one version when no alert points at it (an edit taken back); false when one does.
    bool removeVersion(std::int64_t ruleId);
    // The newest version of every rule, by name.
    std::vector<StoredRule> rules();
    std::optional<StoredRule> rule(std::int64_t id);
    // Every version of the named rule, newest first.
    std::vector<StoredRule> versions(const std::string& name);

    std::int64_t addAlert(const Alert& alert);
    std::vector<Alert> alerts(RunId run);
    // The alert columns in the order readAlert reads them (table alias `a`), for queries that
    // join more to an alert.
    static constexpr const char* kAlertColumns =
        "a.id, a.run_id, a.rule_id, a.institution_id, a.day, a.end_day, a.severity, a.message, a.evidence, "
        "a.status, a.created";
    static Alert readAlert(const Statement& s);

    // {"name":value,...}; NaN and infinities become null, so the text is always valid JSON.
    static std::string evidenceJson(const std::vector<std::pair<std::string, double>>& evidence);
    static std::vector<std::pair<std::string, double>> parseEvidenceJson(const std::string& json);

private:
    Database& db_;
};

}  // namespace eagle
