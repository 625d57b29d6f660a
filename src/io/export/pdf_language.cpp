#include "io/export/pdf_language.h"

#include <cstdio>
#include <cstdlib>

namespace prio::pdf {
namespace {

// The integer after `key` in `text` from `from` on, or -1.
long number_after(const std::string& text, const std::string& key, std::size_t from)
{
    std::size_t at = text.find(key, from);
    if (at == std::string::npos)
        return -1;
    return std::strtol(text.c_str() + at + key.size(), nullptr, 10);
}

}  // namespace

std::string with_language(const std::string& pdf, const std::string& language)
{
    std::size_t type = pdf.find("/Type /Catalog");
    std::size_t trailer = pdf.rfind("trailer");
    std::size_t startxref = pdf.rfind("startxref");
    if (type == std::string::npos || trailer == std::string::npos || startxref == std::string::npos)
        return pdf;
    std::size_t obj = pdf.rfind(" 0 obj", type);
    std::size_t end = pdf.find("endobj", type);
    std::size_t line = obj == std::string::npos ? std::string::npos : pdf.rfind('\n', obj);
    if (obj == std::string::npos || end == std::string::npos || line == std::string::npos)
        return pdf;
    long number = std::strtol(pdf.c_str() + line + 1, nullptr, 10);
    std::size_t open = pdf.find("<<", obj);
    std::size_t close = pdf.rfind(">>", end);
    long size = number_after(pdf, "/Size ", trailer);
    long info = number_after(pdf, "/Info ", trailer);
    long previous = number_after(pdf, "startxref", startxref);
    if (number <= 0 || open == std::string::npos || close == std::string::npos || close < open || size <= 0 || previous <= 0)
        return pdf;

    std::string out = pdf;
    if (out.back() != '\n')
        out += '\n';
    std::size_t offset = out.size();
    out += std::to_string(number) + " 0 obj\n" + pdf.substr(open, close - open) + "/Lang (" + language + ")\n>>\nendobj\n";
    std::size_t xref = out.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += "xref\n" + std::to_string(number) + " 1\n" + entry;
    out += "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(number) + " 0 R";
    if (info > 0)
        out += " /Info " + std::to_string(info) + " 0 R";
    out += " /Prev " + std::to_string(previous) + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

}  // namespace prio::pdf
