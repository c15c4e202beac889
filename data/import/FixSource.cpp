#include "FixSource.h"

#include "Date.h"
#include "FieldParse.h"
#include "FixMessage.h"
#include "InputFile.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace eagle {
namespace {

constexpr std::size_t kMaxMessageBytes = 1 << 20;
enum Column { Ref, TradeDate, TradeTime, Product, Instrument, Buyer, Seller, Price, Rate, Quantity, Notional, Tenor,
              Settle, Status, kColumns };
const char* const kHeader[kColumns] = {
    "TradeReportID(571)", "TradeDate(75)", "TransactTime(60)", "Product(10176/167/460)", "Symbol(55)",
    "Buyer(448)", "Seller(448)", "LastPx(31)", "Rate(227)", "LastQty(32)", "GrossTradeAmt(381)",
    "RepurchaseTerm(226)", "SettlDate(64)", "Status(487/939)"};
const char* const kFields[kColumns] = {"trade_id", "trade_date", "trade_time", "product", "instrument",
                                       "buyer", "seller", "price", "rate", "quantity", "notional_cny",
                                       "tenor_days", "settle_date", "status"};

// IMIX MarketIndicator (10176), FIX SecurityType (167) and Product (460) to the store's products.
std::string productOf(const FixMessage& m) {
    if (const auto v = m.value(10176)) {
        if (*v == "1") return "lending";
        if (*v == "4") return "bond_cash";
        if (*v == "9" || *v == "10") return "repo";
        if (*v == "11" || *v == "12") return "fx_spot";
        if (*v == "13" || *v == "14") return "fx_swap";
        return "10176=" + std::string(*v);
    }
    if (const auto v = m.value(167)) {
        if (*v == "REPO") return "repo";
        if (*v == "LOAN" || *v == "DEPOSIT") return "lending";
        if (*v == "FXSPOT") return "fx_spot";
        if (*v == "FXSWAP") return "fx_swap";
        if (*v == "CS") return "equity_cash";
        return "bond_cash";
    }
    if (const auto v = m.value(460)) {
        if (*v == "4") return "fx_spot";
        if (*v == "11") return "lending";
        if (*v == "2") return "gold_spot";
        if (*v == "5") return "equity_cash";
        if (*v == "1" || *v == "3" || *v == "6") return "bond_cash";
        return "460=" + std::string(*v);
    }
    return "";
}

// FIX UTCTimestamp YYYYMMDD-HH:MM:SS[.sss] -> Beijing date and time of day.
void beijingTime(std::string_view utc, std::string& date, std::string& time) {
    const auto day = parse::date(utc.substr(0, 8));
    const auto seconds = utc.size() >= 17 ? parse::timeOfDay(utc.substr(9, 8)) : std::optional<int>(0);
    if (!day || !seconds) {
        date = std::string(utc);  // reported as not a date
        return;
    }
    const int local = *seconds + 8 * 3600;
    date = day->addDays(local / 86400).toString();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", local % 86400 / 3600, local % 3600 / 60, local % 60);
    time = buf;
}

}  // namespace

FixSource::FixSource(const std::string& path) : FixSource(openInputFile(path), inputFileSize(path)) {}

FixSource::FixSource(std::unique_ptr<std::istream> in, std::uint64_t size, std::size_t chunkBytes)
    : in_(std::move(in)), chunkBytes_(std::max<std::size_t>(1, chunkBytes)), fileSize_(size) {
    if (fileSize_ == 0) throw ImportError({0, "", "the file is empty (no FIX messages)"});
    // The first message's separator tells SOH from '|'; look for it in the first megabyte.
    const std::string separators("\x01|", 2);
    std::size_t begin = std::string::npos, sep = std::string::npos;
    while (fill()) {
        begin = buffer_.find("8=");
        sep = begin == std::string::npos ? begin : buffer_.find_first_of(separators, begin);
        if (sep != std::string::npos || buffer_.size() >= kMaxMessageBytes) break;
    }
    if (begin == std::string::npos) throw ImportError({1, "8", "not a FIX file: no BeginString (8=)"});
    if (sep == std::string::npos) throw ImportError({1, "8", "not a FIX file: no SOH or '|' separator"});
    separator_ = buffer_[sep];
}

FixSource::~FixSource() = default;

Mapping FixSource::tradeMapping() {
    Mapping m;
    m.name = "FIX/IMIX TradeCaptureReport";
    m.kind = "trades";
    m.missing = {""};
    for (int c = 0; c < kColumns; ++c) m.fields[kFields[c]].column = kHeader[c];
    return m;
}

std::vector<std::string> FixSource::header() { return {std::begin(kHeader), std::end(kHeader)}; }

std::string FixSource::format() const { return separator_ == '|' ? "FIX, '|'-separated" : "FIX, SOH-separated"; }

bool FixSource::fill() {
    if (eof_) return false;
    buffer_.erase(0, pos_);
    pos_ = 0;
    // What is left is a message not yet complete, scanned again from its start after this read:
    // reading at least as much again as it holds keeps that work linear in its length.
    const std::size_t before = buffer_.size();
    const std::size_t want = readSize(std::max(chunkBytes_, before), fileSize_, bytesRead_);
    buffer_.resize(before + want);
    in_->read(buffer_.data() + before, static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in_->gcount());
    buffer_.resize(before + got);
    bytesRead_ += got;
    hash_.add(std::string_view(buffer_).substr(before));
    if (got == 0 || bytesRead_ >= fileSize_) eof_ = true;
    return got > 0;
}

bool FixSource::next(CsvRecord& record) {
    for (;;) {
        // Skip the line breaks and blanks between messages.
        while (pos_ < buffer_.size() && (buffer_[pos_] == '\n' || buffer_[pos_] == '\r' || buffer_[pos_] == ' ')) {
            if (buffer_[pos_] == '\n') ++line_;
            ++pos_;
        }
        if (pos_ >= buffer_.size()) {
            if (!fill()) return false;
            continue;
        }
        const std::string_view rest = std::string_view(buffer_).substr(pos_);
        std::size_t end = fixMessageEnd(rest, separator_);
        if (end == std::string_view::npos && !eof_ && rest.size() < kMaxMessageBytes) {
            fill();
            continue;
        }
        record.problems.clear();
        record.line = line_;
        if (rest.substr(0, 2) != "8=" || end == std::string_view::npos) {
            // Not a message start, or a message cut off: report it and go on at the next line or
            // the next message start, whichever comes first (read on until one is seen).
            const std::size_t nl = rest.find('\n');
            const std::size_t nextStart = rest.find(std::string{separator_, '8', '='}, 1);
            const std::size_t stop = std::min(nl, nextStart == std::string_view::npos ? nextStart : nextStart + 1);
            if (stop == std::string_view::npos && !eof_ && rest.size() < kMaxMessageBytes) {
                fill();
                continue;
            }
            record.problems.push_back({line_, rest.substr(0, 2) == "8=" ? "10" : "",
                                       rest.substr(0, 2) == "8=" ? "truncated message: no CheckSum (10) field"
                                                                 : "expected a FIX message starting with 8="});
            end = std::min(stop, rest.size());
        }
        const std::string_view text = rest.substr(0, end);
        record.text = text;
        line_ += std::count(text.begin(), text.end(), '\n');
        pos_ += end;
        values_.assign(kColumns, std::string());
        if (record.problems.empty()) {
            const FixMessage message = FixMessage::parse(text, separator_, record.line);
            record.problems = message.problems();
            if (record.problems.empty() && message.value(35) != "AE") {
                ++otherMessages_;  // heartbeats, logons and other messages carry no trade
                continue;
            }
            if (record.problems.empty()) toRecord(message, record);
        }
        record.fields.assign(values_.begin(), values_.end());
        record.quoted.assign(kColumns, 0);
        return true;
    }
}

void FixSource::toRecord(const FixMessage& m, CsvRecord&) {
    const auto set = [this](int column, std::optional<std::string_view> v) {
        if (v) values_[static_cast<std::size_t>(column)] = std::string(*v);
    };
    set(Ref, m.value(571));
    set(Instrument, m.value(55) ? m.value(55) : m.value(48));
    set(Price, m.value(31));
    set(Rate, m.value(227) ? m.value(227) : m.value(236));
    set(Quantity, m.value(32));
    set(Notional, m.value(381));
    set(Tenor, m.value(226));
    if (const auto settle = m.value(64)) values_[Settle] = std::string(*settle);
    values_[Product] = productOf(m);
    std::string date, time;
    if (const auto t = m.value(60)) beijingTime(*t, date, time);
    values_[TradeDate] = m.value(75) ? std::string(*m.value(75)) : date;
    values_[TradeTime] = time;
    const bool cancelled = m.value(487) == "1" || m.value(856) == "1";
    values_[Status] = cancelled ? "cancelled" : m.value(939) == "1" ? "rejected" : "done";
    // Parties: under each side (54), the executing firm (452=1) is that side's party and a
    // contra firm (452=17) the other side's. Side 1 (buy) provides cash at the start leg.
    int side = 0;
    std::string_view party;
    for (const auto& f : m.fields()) {
        if (f.tag == 54) side = f.value == "1" ? 1 : f.value == "2" ? 2 : 0;
        if (f.tag == 448) party = f.value;
        if (f.tag != 452 || side == 0) continue;
        const bool firm = f.value == "1", contra = f.value == "17";
        if (!firm && !contra) continue;
        const bool buyer = (side == 1) == firm;
        std::string& slot = values_[buyer ? Buyer : Seller];
        if (slot.empty()) slot = std::string(party);
    }
    // Without GrossTradeAmt: a bond's price is per 100 face; FX and gold are price x quantity.
    if (values_[Notional].empty() && !values_[Quantity].empty()) {
        const auto qty = parse::number(values_[Quantity]);
        const auto px = parse::number(values_[Price]);
        const std::string& p = values_[Product];
        double amount = qty.value_or(0);  // a LastQty that is no number is reported by the import
        if (qty && px && p == "bond_cash") amount = *qty * *px / 100;
        else if (qty && px && (p == "fx_spot" || p == "fx_swap" || p == "gold_spot" || p == "equity_cash"))
            amount = *qty * *px;
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", amount);
        values_[Notional] = buf;
    }
}

std::string FixSource::contentHash() {
    while (fill()) pos_ = buffer_.size();
    return hash_.hex();
}

}  // namespace eagle
