#pragma once
// Where records come from: a delimited text file or a file of FIX/IMIX messages. The importers
// see both the same way: a header naming the columns, then records of fields.

#include "CsvReader.h"

#include <string>
#include <vector>

namespace eagle {

class RecordSource {
public:
    virtual ~RecordSource() = default;
    // The column names; read once, before the first next().
    virtual std::vector<std::string> header() = 0;
    virtual bool next(CsvRecord& record) = 0;
    virtual std::uint64_t fileSize() const = 0;
    virtual std::uint64_t bytesRead() const = 0;
    // SHA-256 of the whole file (reads what is left of it).
    virtual std::string contentHash() = 0;
    // e.g. "utf-8, delimiter ','": what was detected, for reports.
    virtual std::string format() const = 0;
};

// A RecordSource over CsvReader: the first record is the header.
class CsvSource : public RecordSource {
public:
    CsvSource(const std::string& path, const CsvOptions& options) : reader_(path, options) {}
    std::vector<std::string> header() override;
    bool next(CsvRecord& record) override { return reader_.next(record); }
    std::uint64_t fileSize() const override { return reader_.fileSize(); }
    std::uint64_t bytesRead() const override { return reader_.bytesRead(); }
    std::string contentHash() override { return reader_.contentHash(); }
    std::string format() const override;
    CsvReader& reader() { return reader_; }

private:
    CsvReader reader_;
};

}  // namespace eagle
