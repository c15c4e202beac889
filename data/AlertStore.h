#pragma once
// The alert workflow as stored: status changes and analyst notes, each one a row of the append-only
// audit trail (alert_action) with who did it and when. Undoing an action is itself an action, so
// the trail always tells what really happened.

#include "AlertWorkflow.h"
#include "RuleStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

// An alert with what a reader needs beside it: the rule's name and version and the institution.
struct AlertRecord {
    Alert alert;
    std::string rule;
    int ruleVersion = 1;
    std::string institutionCode;
};

enum class AlertActionKind { Status, Note, Undo };

struct AlertAction {
    std::int64_t id = 0;
    std::int64_t alertId = 0;
    std::string at;  // UTC, ISO 8601
    std::string who;
    AlertActionKind kind = AlertActionKind::Note;
    std::optional<AlertStatus> from, to;  // a status change, or the status an undo restored
    std::string note;
    std::int64_t undoes = 0;  // the action an Undo reverts
};

class AlertStore {
public:
    explicit AlertStore(Store& store) : db_(store.database()) {}

    // Every alert of a rules run with its rule and institution, by day, institution and rule.
    std::vector<AlertRecord> records(RunId run);
    AlertStatus status(std::int64_t alertId);

    // Moves the alert along the workflow; throws StoreError naming the allowed next statuses when
    // the move is not one of them. The note (may be empty) says why. Returns the action's id.
    std::int64_t changeStatus(std::int64_t alertId, AlertStatus to, const std::string& who, const std::string& note);
    // Throws StoreError for an empty note.
    std::int64_t addNote(std::int64_t alertId, const std::string& who, const std::string& note);
    // Reverts a status change (the alert must still be in the status it set) or withdraws a note,
    // recorded as a new action; throws StoreError when the action was already undone or overtaken.
    std::int64_t undo(std::int64_t actionId, const std::string& who);

    // The alert's trail, oldest first.
    std::vector<AlertAction> history(std::int64_t alertId);
    // Its notes still standing (not withdrawn), oldest first.
    std::vector<AlertAction> notes(std::int64_t alertId);
    // An analyst's work survives a new rules run: each alert of `run` that an earlier run also
    // raised (same rule name, institution and first day) takes the latest earlier one's status
    // and standing notes, recorded in its trail as carried over by `who`. Returns how many alerts
    // took a status other than new.
    int carryOver(RunId run, const std::string& who);

private:
    std::int64_t record(const AlertAction& action);
    void setStatus(std::int64_t alertId, AlertStatus status);
    std::optional<AlertAction> action(std::int64_t actionId);

    Database& db_;
};

std::string_view nameOf(AlertActionKind kind);

}  // namespace eagle
