#include "AlertCsv.h"

#include "CsvText.h"

#include <filesystem>
#include <fstream>

namespace eagle {

void writeAlertsCsv(const std::string& path, const std::vector<AlertRecord>& alerts) {
    std::string out =
        "\xEF\xBB\xBF"
        "alert_id,day,end_day,severity,status,rule,rule_version,institution,message,evidence\n";
    for (const AlertRecord& r : alerts) {
        const Alert& a = r.alert;
        out += std::to_string(a.id) + ',' + a.day.toString() + ',' + a.endDay.toString() + ',';
        appendCsvField(out, a.severity);
        out += ',';
        appendCsvField(out, a.status);
        out += ',';
        appendCsvField(out, r.rule);
        out += ',' + std::to_string(r.ruleVersion) + ',';
        appendCsvField(out, r.institutionCode);
        out += ',';
        appendCsvField(out, a.message);
        out += ',';
        appendCsvField(out, RuleStore::evidenceJson(a.evidence));
        out += '\n';
    }
    const std::string partial = path + ".partial";
    {
        std::ofstream file(partial, std::ios::binary);
        file.write(out.data(), static_cast<std::streamsize>(out.size()));
        file.close();
        if (!file) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw StoreError(path + ": cannot write");
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        std::filesystem::remove(partial, error);
        throw StoreError(path + ": cannot write (" + error.message() + ")");
    }
}

}  // namespace eagle
