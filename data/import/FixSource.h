#pragma once
// Reads a file of FIX 4.4 / IMIX TradeCaptureReport (35=AE) messages, SOH- or '|'-separated,
// one after another or one per line, and presents each report as a trade record: id (571),
// dates (75, 60 in UTC -> Beijing time), product (IMIX 10176, 167 or 460), instrument (55/48),
// buyer and seller from the sides' parties by role (448/452 under 54), price (31), rate
// (227/236), quantity (32), amount (381), tenor (226), settlement (64), status (487/939).

#include "Mapping.h"
#include "RecordSource.h"
#include "Sha256.h"

#include <istream>
#include <memory>
#include <string>

namespace eagle {

class FixMessage;

class FixSource : public RecordSource {
public:
    explicit FixSource(const std::string& path);
    // Reads size bytes from in, chunkBytes at a time.
    FixSource(std::unique_ptr<std::istream> in, std::uint64_t size, std::size_t chunkBytes = 1 << 20);
    ~FixSource() override;

    // The trade fields mapped to this source's columns.
    static Mapping tradeMapping();

    std::vector<std::string> header() override;
    bool next(CsvRecord& record) override;
    std::uint64_t fileSize() const override { return fileSize_; }
    std::uint64_t bytesRead() const override { return bytesRead_; }
    std::string contentHash() override;
    std::string format() const override;
    std::int64_t otherMessages() const { return otherMessages_; }

private:
    bool fill();
    void toRecord(const FixMessage& message, CsvRecord& record);

    std::unique_ptr<std::istream> in_;
    std::size_t chunkBytes_;
    std::uint64_t fileSize_ = 0, bytesRead_ = 0;
    Sha256 hash_;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::int64_t line_ = 1;
    char separator_ = '\x01';
    bool eof_ = false;
    std::int64_t otherMessages_ = 0;
    std::vector<std::string> values_;  // the current record's fields
};

}  // namespace eagle
