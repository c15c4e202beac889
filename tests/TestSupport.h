#pragma once
// Shared by the tests: a temporary directory for workspace files, and QCOMPARE printing for the
// domain types (found by argument-dependent lookup).

#include "Domain.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <string>

namespace QTest {
template <>
inline char* toString(const eagle::InstitutionType& t) { return qstrdup(std::string(eagle::nameOf(t)).c_str()); }
template <>
inline char* toString(const eagle::Product& p) { return qstrdup(std::string(eagle::nameOf(p)).c_str()); }
template <>
inline char* toString(const eagle::Market& m) { return qstrdup(std::string(eagle::nameOf(m)).c_str()); }
template <>
inline char* toString(const eagle::InstitutionId& id) {
    return qstrdup(("institution " + std::to_string(id.value)).c_str());
}
}  // namespace QTest

namespace eagle::test {

// A file's bytes as they are on disk (what someone who copies the file gets).
inline std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class TestWorkspace {
public:
    std::string path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)).toStdString(); }

private:
    QTemporaryDir dir_;
};

}  // namespace eagle::test
