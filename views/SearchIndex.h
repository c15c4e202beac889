#pragma once
// What the search box finds: institutions, instruments and alerts, matched on their code and
// name, best matches first (exact code, code prefix, name prefix, then anywhere in either).

#include "AlertStore.h"
#include "Domain.h"

#include <QString>

#include <vector>

namespace eagle {

struct SearchEntry {
    enum class Kind { Institution, Instrument, Alert };
    Kind kind = Kind::Institution;
    qint64 id = 0;       // institution, instrument or alert id
    QString code;        // institution or instrument code; an alert's institution code
    QString name;        // institution name, instrument kind; an alert's rule and message
    QString label;       // one line for the list, translated
};

class SearchIndex {
public:
    void setInstitutions(const std::vector<Institution>& institutions);
    void setInstruments(const std::vector<Instrument>& instruments);
    void setAlerts(const std::vector<AlertRecord>& alerts);
    // At most `limit` entries matching `text` (case-insensitive), best first; nothing for blank text.
    std::vector<SearchEntry> find(const QString& text, std::size_t limit = 20) const;
    std::size_t size() const { return institutions_.size() + instruments_.size() + alerts_.size(); }

private:
    std::vector<SearchEntry> institutions_, instruments_, alerts_;
};

}  // namespace eagle
